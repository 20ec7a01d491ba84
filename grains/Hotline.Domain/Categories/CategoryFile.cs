namespace Hotline.Domain.Categories;

/// <summary>The JSON shape of categories.json: a flat list, the tree is in the codes.</summary>
internal sealed record CategoryFile(IReadOnlyList<CategoryFile.Entry> Categories, string? Note = null)
{
    internal sealed record Entry(string Code, string Name);
}
