namespace Hotline.Domain.Categories;

/// <summary>
/// One node of the five-level category tree (五级分类). <see cref="Topic"/> is the name of its
/// level-2 ancestor (itself at level 2): the topic that orders, SLA rules and task forces match on.
/// It is "" for a level-1 group.
/// </summary>
public sealed record CategoryNode(string Code, string Name, int Level, string? ParentCode, string Topic)
{
    public bool IsLeaf => Level == CategoryTree.LeafLevel;
}
