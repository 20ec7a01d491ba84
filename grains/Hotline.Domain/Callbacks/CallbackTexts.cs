using Hotline.Domain.WorkOrders;

namespace Hotline.Domain.Callbacks;

/// <summary>The user-facing texts of callbacks (回访), in Chinese.</summary>
public static class CallbackTexts
{
    public static string OutcomeText(CallbackOutcome outcome) => outcome switch
    {
        CallbackOutcome.Satisfied => "满意",
        CallbackOutcome.BasicallySatisfied => "基本满意",
        CallbackOutcome.Dissatisfied => "不满意",
        _ => "无法联系",
    };

    /// <summary>
    /// The audit reason of a reached callback: "满意：note", and when the caller said whether the problem is actually
    /// solved, e.g. "满意，问题未实际解决：note".
    /// </summary>
    public static string Reached(CallbackOutcome outcome, bool? statedResolved, string? note) => WithNote(statedResolved switch
    {
        true => $"{OutcomeText(outcome)}，问题已实际解决",
        false => $"{OutcomeText(outcome)}，问题未实际解决",
        null => OutcomeText(outcome),
    }, note);

    public static string Unreachable(int attempt, int maxAttempts, DateTimeOffset? nextAt, string? note) =>
        WithNote(nextAt is { } next
            ? $"第{attempt}次回访无法联系（共{maxAttempts}次），{Format(next)} 再次回访"
            : $"第{attempt}次回访无法联系（共{maxAttempts}次）", note);

    public static string ClosedUnreachable(int attempts) => $"{attempts}次回访均无法联系，按无法联系办结";

    private static string WithNote(string head, string? note) =>
        string.IsNullOrWhiteSpace(note) ? head : $"{head}：{note}";

    private static string Format(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
