namespace Hotline.Synthetic;

/// <summary>
/// How often each topic is called about, in and out of the heating season: heating dominates the
/// winter (the task force's 6,275 orders in one season), hot issues (停车、违建、物业、供水) stay high all year.
/// </summary>
internal static class TopicWeights
{
    private static readonly Dictionary<string, (double InSeason, double OutOfSeason)> Known = new(StringComparer.Ordinal)
    {
        ["供热"] = (30, 0.6), ["供热监管"] = (4, 0.4), ["物业管理"] = (10, 10), ["燃气监管"] = (1.5, 1.5),
        ["违法建设"] = (6, 7), ["市容环境"] = (6, 7), ["地锁"] = (4, 4), ["占道经营"] = (4, 5), ["供水"] = (8, 9),
        ["供电"] = (4, 5), ["燃气"] = (3, 2.5), ["公共停车位"] = (7, 7), ["交通秩序"] = (4, 4), ["交通运输"] = (3, 3),
        ["劳动保障"] = (5, 4), ["社保"] = (3, 3), ["生态环境"] = (3, 4), ["市场监管"] = (4, 4), ["营商环境"] = (2, 2),
        ["村内道路"] = (4, 5), ["农业"] = (2, 3), ["教育"] = (3, 4), ["卫生健康"] = (2, 2), ["规划"] = (1.5, 1.5),
        ["违法用地"] = (1.5, 2),
    };

    public static double For(string topic, bool heatingSeason) =>
        Known.TryGetValue(topic, out var w) ? (heatingSeason ? w.InSeason : w.OutOfSeason) : 1;
}
