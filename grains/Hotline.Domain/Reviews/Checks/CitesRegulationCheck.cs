using System.Text.RegularExpressions;

namespace Hotline.Domain.Reviews.Checks;

/// <summary>
/// cites-regulation: the reply gives its grounds: a document in 《…》, an article (条例/办法/规定/法 … 第…条),
/// or one of the rule's own terms (a local policy's short name).
/// </summary>
public sealed partial class CitesRegulationCheck(IReadOnlyList<string> terms) : IReplyCheck
{
    public string? Missing(ReplyUnderReview reply) =>
        Titled().IsMatch(reply.Content) || Article().IsMatch(reply.Content) || ReplyText.ContainsAny(reply.Content, terms)
            ? null
            : ReviewTexts.NoRegulation;

    [GeneratedRegex("《[^》]{2,}》")]
    private static partial Regex Titled();

    [GeneratedRegex("(条例|办法|规定|细则|法)[^。；;]{0,30}第[一二三四五六七八九十百零〇0-9]+条")]
    private static partial Regex Article();
}
