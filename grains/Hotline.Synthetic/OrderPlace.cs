using System.Globalization;
using Hotline.Domain.Categories;

namespace Hotline.Synthetic;

/// <summary>A caller's address, and the short place name a seat puts in the title.</summary>
internal sealed record OrderPlace(string Address, string Short)
{
    private static readonly HashSet<string> RuralTopics = new(StringComparer.Ordinal) { "村内道路", "农业", "违法用地" };
    private static readonly HashSet<string> StreetTopics = new(StringComparer.Ordinal)
        { "市容环境", "占道经营", "交通秩序", "公共停车位", "交通运输", "地锁", "市场监管", "营商环境" };

    public static PlaceKind KindFor(CategoryTree tree, CategoryNode leaf)
    {
        if (RuralTopics.Contains(leaf.Topic)) return PlaceKind.Village;
        if (tree.PathTo(leaf.Code).Any(n => n.Name.Contains("小区", StringComparison.Ordinal))) return PlaceKind.Compound;
        return StreetTopics.Contains(leaf.Topic) ? PlaceKind.Road : PlaceKind.Compound;
    }

    public static OrderPlace Make(PlaceKind kind, string district, Random r)
    {
        switch (kind)
        {
            case PlaceKind.Village:
                var village = PlaceNames.Village(r);
                return new OrderPlace(district + PlaceNames.Town(r) + village, village);
            case PlaceKind.Road:
                var road = PlaceNames.Road(r);
                return new OrderPlace($"{district}{road}{Number(r, 1, 300)}号附近", road);
            default:
                var community = PlaceNames.Community(r);
                return new OrderPlace(
                    $"{district}{PlaceNames.Street(r)}{community}{Number(r, 1, 29)}号楼{Number(r, 1, 7)}单元{Number(r, 1, 19)}0{Number(r, 1, 5)}室",
                    community);
        }
    }

    private static string Number(Random r, int min, int max) => r.Next(min, max).ToString(CultureInfo.InvariantCulture);
}
