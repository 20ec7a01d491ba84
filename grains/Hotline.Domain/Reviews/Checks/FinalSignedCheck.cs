namespace Hotline.Domain.Reviews.Checks;

/// <summary>
/// final-signed: a final reply (最终答复) closes the matter for good, so it must name the head who signed it
/// (负责人 / 签发, or the rule's terms). Other replies pass.
/// </summary>
public sealed class FinalSignedCheck(IReadOnlyList<string> terms) : IReplyCheck
{
    private static readonly string[] Markers = ["负责人", "签发"];

    public string? Missing(ReplyUnderReview reply) =>
        !reply.Final || ReplyText.ContainsAny(reply.Content, Markers) || ReplyText.ContainsAny(reply.Content, terms)
            ? null
            : ReviewTexts.FinalNotSigned;
}
