using Hotline.Domain.WorkOrders;

namespace Hotline.Domain.Callers;

/// <summary>What the seat sees about a caller while the call is on (来电人画像).</summary>
public sealed record CallerProfileView
{
    public CallerType Type { get; init; }

    public string? Name { get; init; }

    /// <summary>Every order ever seen, not just the kept ones.</summary>
    public int TotalOrders { get; init; }

    /// <summary>Open orders, newest first.</summary>
    public IReadOnlyList<CallerOrder> OpenOrders { get; init; } = [];

    /// <summary>The latest orders, newest first, at most <see cref="CallerHistory.RecentMax"/>.</summary>
    public IReadOnlyList<CallerOrder> RecentOrders { get; init; } = [];

    /// <summary>Orders received on the last 30 local days, today included.</summary>
    public int CallsLast30Days { get; init; }

    /// <summary>Orders received on the last 365 local days, today included.</summary>
    public int CallsLast365Days { get; init; }

    public CallerFrequency Frequency { get; init; }

    public string FrequencyLabel { get; init; } = "";

    /// <summary>The caller's most frequent topics, ever, at most five.</summary>
    public IReadOnlyList<TopicCount> TopTopics { get; init; } = [];

    public int Satisfied { get; init; }

    public int BasicallySatisfied { get; init; }

    public int Dissatisfied { get; init; }

    /// <summary>(满意 + 基本满意) / callbacks answered; null before the first callback.</summary>
    public double? SatisfactionRate { get; init; }

    /// <summary>First-contact resolutions / total orders; null before the first order. See <see cref="CallerOrder.FirstContactResolved"/>.</summary>
    public double? FirstContactResolutionRate { get; init; }

    public IReadOnlyList<RepeatMatter> RepeatMatters { get; init; } = [];

    /// <summary>Short Chinese labels for the seat, e.g. "涉企", "频繁来电", "有不满意记录".</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}
