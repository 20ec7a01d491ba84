namespace Hotline.Synthetic;

/// <summary>
/// A known way a real order departs from the responsibility list, visible in its text: e.g. a
/// ground lock on a village road goes to the agriculture bureau, not city management. It applies
/// to leaves under the node named <see cref="Within"/>, whose text the exception's phrases replace.
/// </summary>
internal sealed record OrderException(string Topic, string Within, double Probability, PlaceKind Place, string Department, string[] Phrases)
{
    public static IReadOnlyList<OrderException> All { get; } =
    [
        new("地锁", "公共区域地锁", 0.5, PlaceKind.Village, "NYNCJ", ["村里的道路上有人私装地锁占地方", "村道边上被人装了好几个地锁，车都没法会车", "进村的路口被人装了地锁"]),
        new("违法建设", "私搭乱建", 0.35, PlaceKind.Village, "ZRZYJ", ["村里有人在耕地上盖房子，已经打了地基", "村民在承包地里私自建厂房", "有人在村边农田里盖了一排彩钢房"]),
        new("公共停车位", "停车泊位", 0.35, PlaceKind.Compound, "ZJJ", ["小区里的公共车位被物业划成固定车位出租", "小区内公共车位被物业私自收费出租", "物业把小区消防通道划成了收费车位"]),
        new("占道经营", "流动摊贩", 0.3, PlaceKind.Road, "JTJ", ["国道边上有人摆摊卖水果，车停得乱七八糟很危险", "省道旁边摆摊占了半个车道", "公路收费站附近有人占道卖东西"]),
        new("供水", "水质水压", 0.25, PlaceKind.Compound, "ZJJ", ["小区二次供水泵房坏了，物业一直不修，楼上没水", "小区加压泵坏了好几天，物业推给自来水公司"]),
        new("市容环境", "垃圾清运", 0.4, PlaceKind.Village, "NYNCJ", ["村里的垃圾堆了半个月没人清运", "村口成了垃圾场，没人管"]),
    ];
}
