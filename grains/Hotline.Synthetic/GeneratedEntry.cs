namespace Hotline.Synthetic;

/// <summary>A synthetic knowledge-base entry (知识库条目): a policy question and its answer, with the place specifics that tell it apart.</summary>
public sealed record GeneratedEntry(
    string Id,
    string Question,
    string Answer,
    string CategoryCode,
    IReadOnlyList<string> Departments,
    IReadOnlyList<string> Tags,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil);
