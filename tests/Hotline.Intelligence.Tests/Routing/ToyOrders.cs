using Hotline.Intelligence.Routing;

namespace Hotline.Intelligence.Tests.Routing;

/// <summary>A small, separable, template-made history: five matters, each handled by one department.</summary>
internal static class ToyOrders
{
    public static readonly string[] Districts = ["141102", "141121", "141181", "141182"];

    private static readonly string[] Places = ["滨河小区", "龙凤南区", "永宁花园", "学府苑", "东关街", "北川河西岸", "凤山路", "世纪广场"];

    private static readonly (string Label, string Category, string[] Titles, string[] Bodies)[] Matters =
    [
        ("RL-LS", "0101", ["暖气不热", "供热温度不达标", "家里暖气片冰凉", "集中供暖不热"],
            ["{0}家中暖气不热，室温只有十几度，老人孩子受冻", "{0}供热温度低，暖气片摸着冰凉，要求热力公司尽快处理", "{0}整栋楼供暖不正常，暖气时热时不热", "{0}入冬后一直没有供热，屋里很冷"]),
        ("GAJ-JJ", "0201", ["乱停车堵路", "车辆违停", "停车占用消防通道", "小区门口乱停放"],
            ["{0}门口车辆乱停乱放，堵塞道路，出行困难", "{0}有车辆长期违规停车占用消防通道，要求交警处理", "{0}路边违停车辆太多，公交车无法通行", "{0}停车位被私家车长期占用，交通拥堵"]),
        ("CGJ", "0301", ["违章建筑", "私搭乱建", "楼顶违建", "违法建设举报"],
            ["{0}有住户在楼顶私自搭建彩钢房，属于违章建筑", "{0}一楼住户私搭乱建扩建院子，要求城管拆除", "{0}有人违法建设加盖房屋，影响采光", "{0}商户违规搭建棚子，侵占公共绿地"]),
        ("RSJ", "0401", ["拖欠工资", "讨薪", "农民工工资未发", "公司欠薪"],
            ["{0}工地拖欠农民工工资三个月未发放", "{0}公司老板拖欠员工工资，多次讨要无果", "{0}项目部欠薪跑路，工人讨薪无门", "{0}用人单位拒不支付劳动报酬，要求劳动监察介入"]),
        ("SHJ", "0501", ["噪音扰民", "排污污染", "工厂排放异味", "夜间施工噪声"],
            ["{0}附近工厂排放刺鼻废气，污染环境", "{0}夜间施工噪音太大，影响居民休息", "{0}企业偷排污水流进河道，河水发黑发臭", "{0}烧烤店油烟扰民，排放异味"]),
    ];

    public static IReadOnlyList<string> Labels { get; } = [.. Matters.Select(m => m.Label)];

    /// <summary>Every title × body × place combination, districts and recorded codes varied (some coarse, some empty).</summary>
    public static List<RoutingSample> Samples()
    {
        var samples = new List<RoutingSample>();
        var n = 0;
        foreach (var (label, category, titles, bodies) in Matters)
        {
            foreach (var title in titles)
            {
                foreach (var body in bodies)
                {
                    foreach (var place in Places)
                    {
                        var code = (n % 5) switch { 0 => "", 1 => category[..2], _ => category };
                        samples.Add(new RoutingSample(title, string.Format(body, place), code, Districts[n % Districts.Length], label));
                        n++;
                    }
                }
            }
        }
        return samples;
    }
}
