namespace Hotline.Domain.Knowledge;

/// <summary>
/// What one revision of a knowledge entry says. Immutable: a revision is never changed after it is written, so the
/// published content and the working revision can safely share an instance.
/// </summary>
public sealed record KnowledgeContent
{
    public string Question { get; init; } = "";

    public string Answer { get; init; } = "";

    /// <summary>Category code, two digits per level, one to five levels (e.g. "0101020304").</summary>
    public string CategoryCode { get; init; } = "";

    /// <summary>Codes of the departments the answer speaks for.</summary>
    public IReadOnlyList<string> Departments { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Offered from this instant (inclusive); null = always was.</summary>
    public DateTimeOffset? ValidFrom { get; init; }

    /// <summary>Offered until this instant (exclusive); null = no end.</summary>
    public DateTimeOffset? ValidUntil { get; init; }

    /// <summary>True when <paramref name="now"/> lies in [ValidFrom, ValidUntil), open ends allowed.</summary>
    public bool IsValidAt(DateTimeOffset now) =>
        (ValidFrom is not { } from || from <= now) && (ValidUntil is not { } until || now < until);

    /// <summary>Trimmed text, blank and repeated departments/tags dropped: what is stored.</summary>
    internal KnowledgeContent Normalized() => this with
    {
        Question = Question?.Trim() ?? "",
        Answer = Answer?.Trim() ?? "",
        CategoryCode = CategoryCode?.Trim() ?? "",
        Departments = Clean(Departments),
        Tags = Clean(Tags),
    };

    private static List<string> Clean(IReadOnlyList<string>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList();
}
