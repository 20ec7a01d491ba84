using System.Globalization;

namespace Hotline.Domain.Duplicates;

/// <summary>Every Chinese (zh-CN) text about duplicates and the final-reply lock, kept in one place.</summary>
public static class DuplicateTexts
{
    public const string Mergeable = "可并单";
    public const string Related = "相关工单（已结束，不可并单）";

    public static string ReasonText(DuplicateReason reason) => reason switch
    {
        DuplicateReason.SameCaller => "同一来电人同一事项",
        _ => "同一地点同类诉求",
    };

    /// <summary>One line for the seat, e.g. "同一地点同类诉求，相距 120 米，相似度 42%".</summary>
    public static string Describe(DuplicateSuggestion suggestion)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        var distance = suggestion.DistanceMeters is { } meters
            ? string.Create(CultureInfo.InvariantCulture, $"，相距 {meters:F0} 米")
            : "";
        var similarity = string.Create(CultureInfo.InvariantCulture, $"，相似度 {suggestion.Similarity * 100:F0}%");
        return $"{ReasonText(suggestion.Reason)}{distance}{similarity}，{(suggestion.Mergeable ? Mergeable : Related)}";
    }

    /// <summary>Why the seat may not accept the order, naming the earlier one and its reply.</summary>
    public static string FinalReplyLocked(PriorOrder prior)
    {
        ArgumentNullException.ThrowIfNull(prior);
        var when = (prior.FinalReplyAt ?? prior.ReceivedAt).ToOffset(TimeSpan.FromHours(8))
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var who = string.IsNullOrWhiteSpace(prior.FinalReplyDepartment) ? "承办单位" : prior.FinalReplyDepartment;
        var text = string.IsNullOrWhiteSpace(prior.FinalReplyText) ? "" : $"答复内容：{prior.FinalReplyText}";
        return $"该来电人就同一事项的工单 {prior.Id} 已于 {when} 由{who}作出最终答复，不再重复受理。{text}";
    }
}
