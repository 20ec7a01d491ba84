namespace Hotline.Domain.Knowledge;

/// <summary>One immutable line of an entry's history: what happened to which revision, by whom, when, why.</summary>
public sealed record KnowledgeHistoryRecord
{
    /// <summary>1-based, per entry, without gaps.</summary>
    public int Sequence { get; init; }

    /// <summary>The working revision the change concerns.</summary>
    public int Version { get; init; }

    /// <summary>A stable code from <see cref="KnowledgeActions"/>.</summary>
    public string Action { get; init; } = "";

    /// <summary>The entry's status after the change.</summary>
    public KnowledgeStatus Status { get; init; }

    public string Actor { get; init; } = "";

    public DateTimeOffset At { get; init; }

    public string? Note { get; init; }
}
