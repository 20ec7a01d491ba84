namespace Hotline.Domain.Reviews;

/// <summary>
/// The active rules of one stage, filed by the most selective thing they match on, so that a reply meets only the
/// rules of its own topic, category branch and department (plus the few keyword-only and catch-all rules) instead
/// of the city's thousand.
/// </summary>
internal sealed class RuleIndex
{
    private readonly Dictionary<string, List<int>> _byTopic = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byCodePrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byDepartment = new(StringComparer.Ordinal);
    // Keyword-only and empty matches: few, and checked against every reply.
    private readonly List<int> _everywhere = [];

    /// <param name="position">The rule's place in the set, so results keep the set's order.</param>
    public void Add(ReviewRule rule, int position)
    {
        var match = rule.Match;
        if (match.CategoryCodes.Count > 0) File(_byCodePrefix, match.CategoryCodes, position);
        else if (match.Topics.Count > 0) File(_byTopic, match.Topics, position);
        else if (match.Departments.Count > 0) File(_byDepartment, match.Departments, position);
        else _everywhere.Add(position);
    }

    /// <summary>Positions of the rules that may apply, ascending and without repeats; each still has to match.</summary>
    public IReadOnlyList<int> Candidates(ReplyUnderReview reply)
    {
        var found = new List<int>(_everywhere);
        Collect(found, _byTopic, reply.Topic);
        Collect(found, _byDepartment, reply.Department);
        var code = reply.CategoryCode;
        for (var length = 2; length <= code.Length; length += 2) Collect(found, _byCodePrefix, code[..length]);
        // A rule filed under two prefixes of the same code turns up twice.
        found.Sort();
        return found.Distinct().ToArray();
    }

    private static void File(Dictionary<string, List<int>> index, IEnumerable<string> keys, int position)
    {
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = [];
            list.Add(position);
        }
    }

    private static void Collect(List<int> found, Dictionary<string, List<int>> index, string key)
    {
        if (key.Length > 0 && index.TryGetValue(key, out var list)) found.AddRange(list);
    }
}
