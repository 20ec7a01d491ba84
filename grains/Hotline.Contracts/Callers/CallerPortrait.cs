namespace Hotline.Contracts.Callers;

/// <summary>来电人画像: what a seat sees about the caller while the call is on.</summary>
[GenerateSerializer, Immutable, Alias("hotline.caller-portrait")]
public sealed record CallerPortrait
{
    [Id(0)] public required string Phone { get; init; }
    [Id(1)] public string? Name { get; init; }
    /// <summary>"citizen" or "enterprise" (涉企).</summary>
    [Id(2)] public required string Type { get; init; }
    [Id(3)] public int TotalOrders { get; init; }
    [Id(4)] public required IReadOnlyList<CallerOrderLine> OpenOrders { get; init; }
    [Id(5)] public required IReadOnlyList<CallerOrderLine> RecentOrders { get; init; }
    [Id(6)] public int CallsLast30Days { get; init; }
    [Id(7)] public int CallsLast365Days { get; init; }
    [Id(8)] public required string Frequency { get; init; }
    [Id(9)] public required string FrequencyText { get; init; }
    [Id(10)] public required IReadOnlyList<TopicShare> TopTopics { get; init; }
    [Id(11)] public int Satisfied { get; init; }
    [Id(12)] public int BasicallySatisfied { get; init; }
    [Id(13)] public int Dissatisfied { get; init; }
    [Id(14)] public double? SatisfactionRate { get; init; }
    [Id(15)] public double? FirstContactResolutionRate { get; init; }
    [Id(16)] public required IReadOnlyList<string> Flags { get; init; }
}

[GenerateSerializer, Immutable, Alias("hotline.caller-order-line")]
public sealed record CallerOrderLine(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string Title,
    [property: Id(2)] string Topic,
    [property: Id(3)] string Status,
    [property: Id(4)] string StatusText,
    [property: Id(5)] DateTimeOffset ReceivedAt,
    [property: Id(6)] bool FinalReply,
    [property: Id(7)] string? Satisfaction);

[GenerateSerializer, Immutable, Alias("hotline.topic-share")]
public sealed record TopicShare([property: Id(0)] string Topic, [property: Id(1)] int Count);
