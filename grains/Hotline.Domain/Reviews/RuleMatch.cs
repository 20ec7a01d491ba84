namespace Hotline.Domain.Reviews;

/// <summary>
/// Which replies a rule applies to. Each non-empty list must be met (any one of its values); empty lists do not
/// restrict, so an empty match applies to every reply. Keywords are looked for in the order's title and content.
/// </summary>
public sealed record RuleMatch
{
    /// <summary>Level-2 topics (供热, 供水 …), as on the order.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Five-level category-code prefixes ("0101" covers every heating leaf).</summary>
    public IReadOnlyList<string> CategoryCodes { get; init; } = [];

    /// <summary>Department codes of the replying (lead) department.</summary>
    public IReadOnlyList<string> Departments { get; init; } = [];

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public bool IsEmpty => Topics.Count == 0 && CategoryCodes.Count == 0 && Departments.Count == 0 && Keywords.Count == 0;

    public bool Matches(ReplyUnderReview reply) =>
        (Topics.Count == 0 || Topics.Contains(reply.Topic, StringComparer.Ordinal))
        && (CategoryCodes.Count == 0 || (reply.CategoryCode.Length > 0
            && CategoryCodes.Any(prefix => reply.CategoryCode.StartsWith(prefix, StringComparison.Ordinal))))
        && (Departments.Count == 0 || Departments.Contains(reply.Department, StringComparer.Ordinal))
        && (Keywords.Count == 0 || Keywords.Any(k => reply.OrderTitle.Contains(k, StringComparison.Ordinal)
            || reply.OrderContent.Contains(k, StringComparison.Ordinal)));
}
