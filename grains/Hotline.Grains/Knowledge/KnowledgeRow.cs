namespace Hotline.Grains.Knowledge;

/// <summary>
/// The read model of one knowledge entry (table HotlineKnowledge): what the search index needs of the published
/// revision, and what the review lists need of the working one. Rewritten after every change of the entry.
/// </summary>
public sealed record KnowledgeRow
{
    public required string Id { get; init; }
    public required string Status { get; init; }
    public bool Urgent { get; init; }
    public required string WorkingQuestion { get; init; }
    public required string WorkingAuthor { get; init; }
    public int Version { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The entry's count of saves when this row was written: one entry's rows are ordered by it (0: imported or older).</summary>
    public long Changes { get; init; }

    /// <summary>Published and not retired: the search index holds it (the validity window is checked per search).</summary>
    public bool Offered { get; init; }
    public string Question { get; init; } = "";
    public string Answer { get; init; } = "";
    public string CategoryCode { get; init; } = "";
    public IReadOnlyList<string> Departments { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public DateTimeOffset? ValidFrom { get; init; }
    public DateTimeOffset? ValidUntil { get; init; }
    public int PublishedVersion { get; init; }
    public long Hits { get; init; }

    /// <summary>Written by a bulk import: the entry grain materialises its state from this row on first use.</summary>
    public bool Imported { get; init; }
}
