namespace Hotline.Domain.Categories;

/// <summary>The JSON shape of templates.json.</summary>
internal sealed record TemplateFile(IReadOnlyList<TemplateFile.Entry> Templates, string? Note = null)
{
    internal sealed record Entry(string Category, string Title, string Content, string Urgency, IReadOnlyList<string> Fields);
}
