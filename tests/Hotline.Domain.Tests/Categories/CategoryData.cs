using Hotline.Domain.Categories;
using Hotline.Domain.Reference;

namespace Hotline.Domain.Tests.Categories;

/// <summary>The real category, responsibility and template files from the test output's data directory.</summary>
internal static class CategoryData
{
    public static string DataDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "data");

    public static ReferenceData City { get; } = ReferenceData.LoadDefault(DataDirectory);

    public static CategoryTree Tree { get; } = CategoryTree.Load(DataDirectory);

    public static ResponsibilityList Rules { get; } = ResponsibilityList.Load(DataDirectory, Tree);

    public static OrderTemplates Templates { get; } = OrderTemplates.Load(DataDirectory, Tree);

    public const string Lishi = "141102";
    public const string Xingxian = "141123";

    /// <summary>The code of the node with this name (names are unique within the real tree's leaves and topics).</summary>
    public static string Code(string name) => Tree.All.Single(n => n.Name == name).Code;
}
