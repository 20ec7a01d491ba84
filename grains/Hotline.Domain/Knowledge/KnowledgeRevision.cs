namespace Hotline.Domain.Knowledge;

/// <summary>One version of an entry's content, with who wrote it; kept forever as the version history.</summary>
public sealed record KnowledgeRevision
{
    /// <summary>1-based, without gaps.</summary>
    public int Version { get; init; }

    public KnowledgeContent Content { get; init; } = new();

    public string Author { get; init; } = "";

    public DateTimeOffset At { get; init; }
}
