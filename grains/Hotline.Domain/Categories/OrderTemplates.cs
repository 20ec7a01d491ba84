namespace Hotline.Domain.Categories;

/// <summary>
/// The work-order templates as data (Data/templates.json). A category without its own template
/// uses the nearest ancestor's, so a template on a level-2 topic covers all its leaves.
/// </summary>
public sealed class OrderTemplates
{
    public const string FileName = "templates.json";

    private readonly CategoryTree _tree;
    private readonly Dictionary<string, OrderTemplate> _byCode;

    public OrderTemplates(CategoryTree tree, IEnumerable<OrderTemplate> templates)
    {
        _tree = tree ?? throw new ArgumentNullException(nameof(tree));
        _byCode = new Dictionary<string, OrderTemplate>(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            var where = $"template for '{template.CategoryCode}'";
            if (tree.Find(template.CategoryCode) is null) throw new FormatException($"{where}: the category is not in the category tree.");
            if (string.IsNullOrWhiteSpace(template.Title) || string.IsNullOrWhiteSpace(template.Content))
                throw new FormatException($"{where} needs a title and a content.");
            if (!Codes.TryParse<Urgency>(template.Urgency, out _))
                throw new FormatException($"{where}: urgency '{template.Urgency}' is unknown; expected {Codes.Allowed<Urgency>()}.");
            if (template.Fields.Count == 0 || template.Fields.Any(string.IsNullOrWhiteSpace))
                throw new FormatException($"{where} needs at least one field and no empty field labels.");
            if (!_byCode.TryAdd(template.CategoryCode, template)) throw new FormatException($"{where} appears twice.");
        }
    }

    public IReadOnlyCollection<OrderTemplate> All => _byCode.Values;

    public static OrderTemplates Load(string dataDirectory, CategoryTree tree) =>
        LoadFile(Path.Combine(dataDirectory, FileName), tree);

    public static OrderTemplates LoadFile(string path, CategoryTree tree) =>
        DataFileReader.Read<TemplateFile, OrderTemplates>(path, "Template", file =>
            new OrderTemplates(tree, (file.Templates ?? throw new FormatException("'templates' is missing."))
                .Select(t => new OrderTemplate(t.Category, t.Title, t.Content, t.Urgency, t.Fields ?? []))));

    /// <summary>The template of the category or of its nearest ancestor; null for an unknown code or none on the path.</summary>
    public OrderTemplate? For(string? categoryCode)
    {
        var path = categoryCode is null ? [] : _tree.PathTo(categoryCode);
        for (var i = path.Count - 1; i >= 0; i--)
            if (_byCode.TryGetValue(path[i].Code, out var template)) return template;
        return null;
    }
}
