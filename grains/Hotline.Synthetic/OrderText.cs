using System.Globalization;
using Hotline.Domain.Categories;

namespace Hotline.Synthetic;

/// <summary>Title, content and urgency of a synthetic order, in the caller's words as a seat records them.</summary>
internal static class OrderText
{
    private static readonly string[] CitizenOpenings = ["来电人反映：", "市民来电称，", "来电人表示，其居住在{地址}，", "我是{地址}的住户，", "{地址}居民反映，"];
    private static readonly string[] EnterpriseOpenings = ["{企业}负责人来电反映，", "企业来电：{企业}反映，", "{企业}工作人员来电称，"];
    private static readonly string[] Details =
        ["已经持续{天}天了。", "之前反映过一次，一直没有解决。", "问题从{月}月{日}日开始，至今没人处理。", "周边很多居民都有意见。", "多次找过相关单位，都说不归他们管。"];
    private static readonly string[] HeatingDetails = ["家里有老人和小孩，冻得受不了。", "室内温度只有{温度}℃。", "已经给热力公司打过电话了，没人来。", "晚上睡觉都得穿棉袄。"];
    private static readonly string[] AskDetails = ["想咨询一下。", "不知道该找哪个部门。", "网上查了没查到。"];
    private static readonly string[] AskDemands = ["请帮忙解答。", "希望给个明确答复。", "请相关部门给予答复。"];
    private static readonly string[] Closings = ["来电人比较着急，麻烦尽快回复。", "来电人希望留电话回访。", "麻烦尽快联系来电人，谢谢。"];
    private static readonly string[] Demands = ["希望相关部门尽快处理。", "请尽快派人来看看。", "要求给个说法。", "希望尽快解决，谢谢。", "请相关部门核实处理。", "希望有关部门管一管。"];
    private static readonly HashSet<string> LifeSafety = new(StringComparer.Ordinal) { "燃气泄漏", "线路隐患" };
    private static readonly HashSet<string> Urgent = new(StringComparer.Ordinal)
        { "供热中断", "管道漏水", "突发停水", "突发停电", "停气", "农民工工资", "乱停乱放" };

    public static string Content(Random r, string matter, bool cold, string address, string? enterprise)
    {
        var opening = enterprise is null ? r.Pick(CitizenOpenings) : r.Pick(EnterpriseOpenings);
        // A caller asking how something works wants an answer, not a complaint handled.
        var asks = IsQuestion(matter);
        var detail = asks ? r.Pick(AskDetails) : cold && r.Chance(0.6) ? r.Pick(HeatingDetails) : r.Pick(Details);
        var text = Fill(opening, r, address, enterprise) + matter + "，" + Fill(detail, r, address, enterprise) + r.Pick(asks ? AskDemands : Demands);
        // Seats note the address when the caller did not say it; short calls always get it.
        if (!opening.Contains("{地址}", StringComparison.Ordinal) && (r.Chance(0.7) || text.Length < 40)) text += "地址：" + address + "。";
        while (text.Length < 40) text += r.Pick(Closings);
        return text.Length <= 200 ? text : text[..199] + "。";
    }

    private static bool IsQuestion(string matter) =>
        matter.EndsWith('吗') || matter.EndsWith('办') || matter.Contains("怎么", StringComparison.Ordinal)
        || matter.Contains("多少", StringComparison.Ordinal) || matter.Contains("需要什么", StringComparison.Ordinal)
        || matter.Contains("去哪", StringComparison.Ordinal);

    public static string Title(string place, string phrase)
    {
        var clause = phrase.Split('，')[0];
        var title = place + clause;
        return title.Length <= 30 ? title : title[..30];
    }

    public static string UrgencyOf(CategoryTree tree, CategoryNode leaf, Random r)
    {
        var names = tree.PathTo(leaf.Code).Select(n => n.Name).ToArray();
        if (names.Any(LifeSafety.Contains)) return "life-safety";
        if (names.Any(Urgent.Contains) || leaf.Name == "占用消防通道") return "urgent";
        if (names.Contains("室温不达标") && r.Chance(0.25)) return "urgent";
        return r.Chance(0.03) ? "urgent" : "normal";
    }

    private static string Fill(string pattern, Random r, string address, string? enterprise) => pattern
        .Replace("{地址}", address, StringComparison.Ordinal)
        .Replace("{企业}", enterprise ?? "", StringComparison.Ordinal)
        .Replace("{天}", r.Next(2, 15).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{月}", r.Next(1, 13).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{日}", r.Next(1, 29).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{温度}", r.Next(10, 17).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
