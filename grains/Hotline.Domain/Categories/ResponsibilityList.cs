using System.Collections.Concurrent;

namespace Hotline.Domain.Categories;

/// <summary>
/// The responsibility lists as data (Data/responsibilities.json): category + district → lead
/// department. The most specific rule wins: the longest matching category prefix, and at the same
/// length a rule for the order's district over a generic one. Only a category at level 2 or below
/// decides; a level-1 group or an unknown code leaves the choice to a person (or a model).
/// </summary>
public sealed class ResponsibilityList
{
    public const string FileName = "responsibilities.json";

    private readonly CategoryTree _tree;
    private readonly ConcurrentDictionary<(string Category, string District), IReadOnlyList<string>> _ranked = new();

    public ResponsibilityList(CategoryTree tree, IEnumerable<ResponsibilityRule> rules)
    {
        _tree = tree ?? throw new ArgumentNullException(nameof(tree));
        Rules = rules.ToArray();
        var seen = new Dictionary<(string, string?), string>();
        foreach (var rule in Rules)
        {
            if (string.IsNullOrWhiteSpace(rule.Name)) throw new FormatException($"a rule for category '{rule.Category}' has no name.");
            var where = $"rule '{rule.Name}'";
            if (tree.Find(rule.Category) is not { } node) throw new FormatException($"{where}: category '{rule.Category}' is not in the category tree.");
            if (node.Level < 2) throw new FormatException($"{where}: category '{rule.Category}' ({node.Name}) is level 1; rules start at level 2.");
            if (string.IsNullOrWhiteSpace(rule.Department)) throw new FormatException($"{where} names no department.");
            if (rule.District is { Length: 0 }) throw new FormatException($"{where}: district is empty; omit the key for all districts.");
            if (!seen.TryAdd((rule.Category, rule.District), rule.Name))
                throw new FormatException($"{where} repeats the category and district of rule '{seen[(rule.Category, rule.District)]}'.");
        }
    }

    public IReadOnlyList<ResponsibilityRule> Rules { get; }

    /// <summary>Reads <c>&lt;dataDirectory&gt;/responsibilities.json</c>, checking every category against the tree.</summary>
    public static ResponsibilityList Load(string dataDirectory, CategoryTree tree) =>
        LoadFile(Path.Combine(dataDirectory, FileName), tree);

    public static ResponsibilityList LoadFile(string path, CategoryTree tree) =>
        DataFileReader.Read<ResponsibilityFile, ResponsibilityList>(path, "Responsibility list", file =>
            new ResponsibilityList(tree, (file.Rules ?? throw new FormatException("'rules' is missing."))
                .Select(r => new ResponsibilityRule(r.Name, r.Category, r.District, r.Department))));

    /// <summary>The lead department for a category at level ≥ 2 in a district; null when the list does not decide.</summary>
    public RoutingDecision? Decide(string? categoryCode, string districtCode)
    {
        if (_tree.Find(categoryCode) is not { Level: >= 2 } node) return null;
        ResponsibilityRule? best = null;
        foreach (var rule in Rules)
            if (rule.Matches(node.Code, districtCode) && (best is null || rule.Specificity > best.Specificity))
                best = rule;
        return best is null ? null : new RoutingDecision(best.Department, best.Name);
    }

    /// <summary>
    /// The departments the rules send the leaves under a category (the whole tree when the code is
    /// null or unknown) to in this district, best first: the department that takes the most leaves,
    /// and at a tie one named by a district rule. The rules-only guess when <see cref="Decide"/> is null.
    /// </summary>
    public IReadOnlyList<string> DepartmentsUnder(string? categoryCode, string districtCode)
    {
        var root = _tree.Find(categoryCode)?.Code ?? "";
        return _ranked.GetOrAdd((root, districtCode), key => Rank(key.Category, key.District));
    }

    private IReadOnlyList<string> Rank(string root, string districtCode)
    {
        var leaves = root.Length == 0 ? _tree.Leaves : _tree.LeavesUnder(root);
        var tally = new Dictionary<string, (int Leaves, bool ByDistrict)>(StringComparer.Ordinal);
        foreach (var leaf in leaves)
        {
            if (Decide(leaf.Code, districtCode) is not { } decision) continue;
            var byDistrict = Rules.Any(r => r.Name == decision.RuleName && r.District is not null);
            var (count, flag) = tally.GetValueOrDefault(decision.Department);
            tally[decision.Department] = (count + 1, flag || byDistrict);
        }
        return tally
            .OrderByDescending(t => t.Value.Leaves)
            .ThenByDescending(t => t.Value.ByDistrict)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => t.Key)
            .ToArray();
    }
}
