using System.Globalization;

namespace Hotline.Domain.Figures;

/// <summary>The Chinese words of figures, cards and the monthly report.</summary>
public static class FigureTexts
{
    public static string RateName(string code) => code switch
    {
        "response" => "响应率",
        "onTimeAcceptance" => "按时签收率",
        "onTimeCompletion" => "按时办结率",
        "resolution" => "解决率",
        "satisfaction" => "满意率",
        "return" => "退单率",
        "redo" => "重办率",
        _ => code,
    };

    public static string CardName(string colour) => colour == CardColours.Red ? "红牌" : "黄牌";

    public static string CardReason(CardRule rule, double rate) => rule.Below is not null
        ? $"{RateName(rule.Rate)} {Percent(rate)}，低于{CardName(rule.Card)}线 {Percent(rule.Threshold)}"
        : $"{RateName(rule.Rate)} {Percent(rate)}，高于{CardName(rule.Card)}线 {Percent(rule.Threshold)}";

    /// <summary>Typical cases (典型案例) by code.</summary>
    public static string TypicalCaseName(string code) => code switch
    {
        "push-back" => "推诿扯皮",
        "slow-response" => "慢作为",
        "overdue" => "超期办理",
        "perfunctory" => "敷衍应付",
        _ => code,
    };

    public static string EscalationLevelName(string code) => code switch
    {
        "department-head" => "单位负责人",
        "centre" => "热线中心",
        "leadership" => "市领导",
        _ => "其他",
    };

    public const string CityTotal = "全市合计";
    public const string TypicalCasesSection = "典型案例";
    public const string None = "—";

    /// <summary>A rate as shown: one decimal place, or "—" when there is nothing to divide by.</summary>
    public static string Percent(double? rate) =>
        rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : None;
}

/// <summary>The refusals of the figure and report endpoints.</summary>
public static class FigureApiTexts
{
    public const string MonthFormat = "month 须为 YYYY-MM 格式的月份，例如 2026-11。";
    public static string UnknownBy(string allowed) => $"by 取值必须是：{allowed}。";
    public const string UnknownFormat = "format 取值必须是：json | csv。";
    public static string UnknownDepartment(string code) => $"单位 {code} 不存在。";
    public const string DepartmentRowOnly = "单位用户只能查看本单位的考核数据（by=department）。";
    public static string OwnDepartmentOnly(string own) => $"单位用户只能查看本单位（{own}）的考核数据。";
}
