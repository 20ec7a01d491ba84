using System.Globalization;

namespace Hotline.Domain.Categories;

/// <summary>
/// The five-level category tree read from Data/categories.json. Codes carry two digits per level
/// ("01" → "0101" → … → "0101010101"), so the parent of a code is the code less its last two digits.
/// </summary>
public sealed class CategoryTree
{
    public const int LeafLevel = 5;
    public const string FileName = "categories.json";

    private readonly Dictionary<string, CategoryNode> _byCode;
    private readonly Dictionary<string, List<CategoryNode>> _children;
    private readonly Dictionary<string, CategoryNode> _topics;

    /// <summary>Builds and validates a tree; nodes may come in any order.</summary>
    public CategoryTree(IEnumerable<(string Code, string Name)> nodes)
    {
        var entries = nodes.ToArray();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, name) in entries)
        {
            if (string.IsNullOrEmpty(code) || code.Length % 2 != 0 || code.Length > 2 * LeafLevel || !code.All(char.IsAsciiDigit))
                throw new FormatException($"category code '{code}' must be 2, 4, 6, 8 or 10 digits.");
            if (string.IsNullOrWhiteSpace(name)) throw new FormatException($"category '{code}' has no name.");
            if (!names.TryAdd(code, name.Trim())) throw new FormatException($"category code '{code}' appears twice.");
        }
        if (names.Count == 0) throw new FormatException("there are no categories.");

        _byCode = new Dictionary<string, CategoryNode>(StringComparer.Ordinal);
        foreach (var code in names.Keys.OrderBy(c => c, StringComparer.Ordinal))
        {
            var parent = code.Length == 2 ? null : code[..^2];
            if (parent is not null && !names.ContainsKey(parent))
                throw new FormatException($"category '{code}' ({names[code]}) has no parent '{parent}'.");
            var level = code.Length / 2;
            var topic = level switch { 1 => "", 2 => names[code], _ => names[code[..4]] };
            _byCode[code] = new CategoryNode(code, names[code], level, parent, topic);
        }

        All = _byCode.Values.ToArray();
        _children = All.Where(n => n.ParentCode is not null).GroupBy(n => n.ParentCode!)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var stub = All.FirstOrDefault(n => n.Level < LeafLevel && !_children.ContainsKey(n.Code));
        if (stub is not null)
            throw new FormatException($"category '{stub.Code}' ({stub.Name}) is level {stub.Level.ToString(CultureInfo.InvariantCulture)} but has no children; leaves must be level {LeafLevel}.");

        Roots = All.Where(n => n.Level == 1).ToArray();
        Leaves = All.Where(n => n.IsLeaf).ToArray();
        _topics = new Dictionary<string, CategoryNode>(StringComparer.Ordinal);
        foreach (var topic in All.Where(n => n.Level == 2))
            if (!_topics.TryAdd(topic.Name, topic))
                throw new FormatException($"level-2 topic '{topic.Name}' appears twice ({_topics[topic.Name].Code}, {topic.Code}); topics are matched by name.");
    }

    public IReadOnlyList<CategoryNode> All { get; }
    public IReadOnlyList<CategoryNode> Roots { get; }
    public IReadOnlyList<CategoryNode> Leaves { get; }
    public IReadOnlyList<CategoryNode> Topics => [.. _topics.Values];

    /// <summary>Reads <c>&lt;dataDirectory&gt;/categories.json</c>; a bad file throws <see cref="InvalidDataException"/> naming it.</summary>
    public static CategoryTree Load(string dataDirectory) => LoadFile(Path.Combine(dataDirectory, FileName));

    public static CategoryTree LoadFile(string path) =>
        DataFileReader.Read<CategoryFile, CategoryTree>(path, "Category", file =>
            new CategoryTree((file.Categories ?? throw new FormatException("'categories' is missing."))
                .Select(e => (e.Code, e.Name))));

    public CategoryNode? Find(string? code) => code is null ? null : _byCode.GetValueOrDefault(code);

    public IReadOnlyList<CategoryNode> Children(string code) =>
        _children.TryGetValue(code, out var list) ? list : [];

    /// <summary>The path from the level-1 root down to the node; empty for an unknown code.</summary>
    public IReadOnlyList<CategoryNode> PathTo(string code)
    {
        if (Find(code) is null) return [];
        var path = new List<CategoryNode>(LeafLevel);
        for (var length = 2; length <= code.Length; length += 2) path.Add(_byCode[code[..length]]);
        return path;
    }

    public string PathText(string code) => string.Join(" / ", PathTo(code).Select(n => n.Name));

    /// <summary>The level-2 topic name of a node at level 2 or below; null for a level-1 group or an unknown code.</summary>
    public string? TopicOf(string? code) => Find(code) is { Level: >= 2 } node ? node.Topic : null;

    public CategoryNode? FindTopic(string topicName) => _topics.GetValueOrDefault(topicName);

    /// <summary>True when <paramref name="code"/> is the ancestor itself or lies below it.</summary>
    public bool IsWithin(string code, string ancestorCode) =>
        Find(code) is not null && Find(ancestorCode) is not null && code.StartsWith(ancestorCode, StringComparison.Ordinal);

    /// <summary>The leaves at or below a node.</summary>
    public IReadOnlyList<CategoryNode> LeavesUnder(string code) =>
        Find(code) is null ? [] : Leaves.Where(l => l.Code.StartsWith(code, StringComparison.Ordinal)).ToArray();
}
