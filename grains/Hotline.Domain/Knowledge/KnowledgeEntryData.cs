namespace Hotline.Domain.Knowledge;

/// <summary>
/// The persisted state of one knowledge entry (stored as JSON). Plain data: every rule lives in
/// <see cref="KnowledgeEntry"/>. The published content is kept apart from the working revision so a
/// revision under review never changes what seats are offered.
/// </summary>
public sealed class KnowledgeEntryData
{
    public string Id { get; set; } = "";

    public KnowledgeStatus Status { get; set; }

    /// <summary>应急征集: one approving review publishes at once.</summary>
    public bool Urgent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Every revision ever written, oldest first; the last is the working revision.</summary>
    public List<KnowledgeRevision> Revisions { get; set; } = [];

    /// <summary>What seats are offered; null until first published.</summary>
    public KnowledgeContent? Published { get; set; }

    public int? PublishedVersion { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }

    public string? RetiredReason { get; set; }

    /// <summary>Answers given from this entry (引用次数).</summary>
    public long Hits { get; set; }

    public DateTimeOffset? LastHitAt { get; set; }

    public List<KnowledgeHistoryRecord> History { get; set; } = [];

    /// <summary>
    /// Saves of this entry so far. Its read-model row carries the count, so a silo's search index that holds a newer
    /// row can tell an older one, read a moment earlier by its change feed, apart and keep the newer.
    /// </summary>
    public long Changes { get; set; }

    /// <summary>The working revision's version (0 before creation).</summary>
    public int CurrentVersion => Revisions.Count == 0 ? 0 : Revisions[^1].Version;

    /// <summary>A published entry has a newer revision in the workflow.</summary>
    public bool HasPendingRevision => PublishedVersion is { } published && published != CurrentVersion;
}
