namespace Hotline.Domain.Callers;

/// <summary>Every Chinese (zh-CN) text of the caller profile, kept in one place.</summary>
public static class CallerTexts
{
    /// <summary>The topic of an order that arrived without one.</summary>
    public const string Unclassified = "未分类";

    public const string FlagEnterprise = "涉企";
    public const string FlagFrequent = "频繁来电";
    public const string FlagRepeatMatter = "重复诉求";
    public const string FlagDissatisfied = "有不满意记录";
    public const string FlagFinalReply = "有最终答复";
    public const string FlagReopened = "有重办记录";

    public static string FrequencyText(CallerFrequency frequency) => frequency switch
    {
        CallerFrequency.FirstCall => "首次来电",
        CallerFrequency.Occasional => "偶尔来电",
        CallerFrequency.Repeated => "重复来电",
        _ => "频繁来电",
    };
}
