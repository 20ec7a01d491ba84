namespace Hotline.Dashboard.Api;

/// <summary>User-facing text of the review-rule and review-check endpoints.</summary>
public static class ReviewRuleTexts
{
    public static string UnknownStatus(string allowed) => $"status 取值必须是：{allowed}。";
    public const string PageRange = "page 须为不小于 1 的整数。";
    public const string QueryTooLong = "搜索内容不能超过 100 个字。";
    public static string UnknownStage(string allowed) => $"stage 取值必须是：{allowed}。";
    public const string DraftRequired = "自检须提供答复草稿内容。";
    public const string BlankEvidence = "佐证材料不能为空白。";
    public const string NoReplyToCheck = "该工单尚无主办单位的答复，无法审核。";
}
