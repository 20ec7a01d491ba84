using Hotline.Domain.WorkOrders;

namespace Hotline.Domain.Callers;

/// <summary>
/// What one change of an order tells its caller's history: a snapshot of the order after the change, plus the
/// action. Null fields leave what is known unchanged (a callback need not repeat the address).
/// </summary>
public sealed record CallerOrderFact
{
    public string OrderId { get; init; } = "";

    /// <summary>The order's audit sequence (version) after the change; a fact at or below the last seen is ignored.</summary>
    public long Sequence { get; init; }

    /// <summary>An <see cref="AuditActions"/> code, e.g. "received", "callback".</summary>
    public string Action { get; init; } = "";

    public OrderStatus Status { get; init; }

    /// <summary>When the change happened.</summary>
    public DateTimeOffset At { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public string? CallerPhone { get; init; }

    public string? CallerName { get; init; }

    public CallerType? CallerType { get; init; }

    public string? Title { get; init; }

    public string? CategoryTopic { get; init; }

    public string? CategoryCode { get; init; }

    public string? Content { get; init; }

    public string? Address { get; init; }

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    /// <summary>The callback's answer; counted only on a "callback" fact.</summary>
    public Satisfaction? Satisfaction { get; init; }

    public int ReopenCount { get; init; }

    /// <summary>The lead's latest reply is a final reply (最终答复).</summary>
    public bool FinalReply { get; init; }

    public string? FinalReplyText { get; init; }

    public IReadOnlyList<string>? FinalReplyEvidence { get; init; }

    public string? FinalReplyDepartment { get; init; }

    public DateTimeOffset? FinalReplyAt { get; init; }
}
