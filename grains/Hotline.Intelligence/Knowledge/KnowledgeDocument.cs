namespace Hotline.Intelligence.Knowledge;

/// <summary>A published knowledge-base entry as fed to the search index.</summary>
public sealed record KnowledgeDocument(
    string Id,
    string Question,
    string Answer,
    string CategoryCode,
    string CategoryText,
    IReadOnlyList<string> Departments,
    IReadOnlyList<string> Tags,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    long Hits,
    int Version)
{
    /// <summary>True when the entry may be offered at <paramref name="now"/>: ValidFrom ≤ now &lt; ValidUntil (null = open).</summary>
    public bool IsValidAt(DateTimeOffset now) =>
        (ValidFrom is null || ValidFrom.Value <= now) && (ValidUntil is null || now < ValidUntil.Value);
}
