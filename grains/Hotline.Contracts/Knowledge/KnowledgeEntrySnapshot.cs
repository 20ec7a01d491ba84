using Hotline.Contracts.Orders;

namespace Hotline.Contracts.Knowledge;

/// <summary>An entry as the knowledge pages show it: the working revision, what seats are offered, and the history.</summary>
[GenerateSerializer, Immutable, Alias("hotline.knowledge-entry-snapshot")]
public sealed record KnowledgeEntrySnapshot
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Status { get; init; }
    [Id(2)] public required string StatusText { get; init; }
    [Id(3)] public bool Urgent { get; init; }
    [Id(4)] public required int Version { get; init; }
    [Id(5)] public required KnowledgeContentDto Working { get; init; }
    [Id(6)] public required string WorkingAuthor { get; init; }
    [Id(7)] public KnowledgeContentDto? Published { get; init; }
    [Id(8)] public int? PublishedVersion { get; init; }
    [Id(9)] public bool Offered { get; init; }
    [Id(10)] public long Hits { get; init; }
    [Id(11)] public DateTimeOffset? LastHitAt { get; init; }
    [Id(12)] public required IReadOnlyList<KnowledgeHistoryEntry> History { get; init; }
    [Id(13)] public string? CategoryText { get; init; }
    [Id(14)] public DateTimeOffset CreatedAt { get; init; }
}

[GenerateSerializer, Immutable, Alias("hotline.knowledge-history")]
public sealed record KnowledgeHistoryEntry(
    [property: Id(0)] int Version,
    [property: Id(1)] string Action,
    [property: Id(2)] string Status,
    [property: Id(3)] string Actor,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string? Note);

[GenerateSerializer, Immutable, Alias("hotline.knowledge-result")]
public sealed record KnowledgeResult([property: Id(0)] KnowledgeEntrySnapshot? Entry, [property: Id(1)] OrderError? Error)
{
    public static KnowledgeResult Ok(KnowledgeEntrySnapshot entry) => new(entry, null);
    public static KnowledgeResult Fail(OrderError error) => new(null, error);
}
