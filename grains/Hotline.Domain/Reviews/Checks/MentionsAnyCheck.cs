namespace Hotline.Domain.Reviews.Checks;

/// <summary>mentions-any: the reply names at least one of the terms (e.g. 上门/现场/入户 for heating).</summary>
public sealed class MentionsAnyCheck(IReadOnlyList<string> terms) : IReplyCheck
{
    public string? Missing(ReplyUnderReview reply) =>
        ReplyText.ContainsAny(reply.Content, terms) ? null : ReviewTexts.MentionsNone(terms);
}
