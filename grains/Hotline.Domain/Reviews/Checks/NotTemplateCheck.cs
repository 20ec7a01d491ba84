namespace Hotline.Domain.Reviews.Checks;

/// <summary>
/// not-template: a real answer, not boilerplate. Once the boilerplate phrases (the rule's terms, or the usual ones)
/// are taken out, at least <c>min</c> meaningful characters must remain; and a reply sent again word for word after
/// it was rejected is no answer either.
/// </summary>
public sealed class NotTemplateCheck(IReadOnlyList<string> phrases, int? min) : IReplyCheck
{
    public const int DefaultMin = 15;

    public static readonly IReadOnlyList<string> DefaultPhrases =
    [
        "已转相关部门", "已转交相关部门", "正在处理中", "正在处理", "感谢您的来电", "感谢您的理解", "感谢您的支持",
        "您反映的问题已收悉", "您反映的问题我们已收到", "我们高度重视", "我单位高度重视", "将尽快处理", "会尽快处理",
        "请耐心等待", "给您带来不便敬请谅解", "特此答复",
    ];

    private readonly IReadOnlyList<string> _phrases = phrases.Count > 0 ? phrases : DefaultPhrases;
    private readonly int _min = min ?? DefaultMin;

    public string? Missing(ReplyUnderReview reply)
    {
        var meaningful = ReplyText.Meaningful(ReplyText.Strip(reply.Content, _phrases));
        if (meaningful.Length < _min) return ReviewTexts.Boilerplate(meaningful.Length, _min);
        var normalized = ReplyText.Meaningful(reply.Content);
        return reply.EarlierReplies.Any(r => ReplyText.Meaningful(r) == normalized) ? ReviewTexts.SameAsEarlier : null;
    }
}
