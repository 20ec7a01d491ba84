namespace Hotline.Domain.Categories;

/// <summary>The JSON shape of responsibilities.json.</summary>
internal sealed record ResponsibilityFile(IReadOnlyList<ResponsibilityFile.Entry> Rules, string? Note = null)
{
    internal sealed record Entry(string Name, string Category, string Department, string? District = null);
}
