using System.Text.RegularExpressions;

namespace Hotline.Domain.Reviews.Checks;

/// <summary>includes-contact: the caller can reach someone: a phone number, 联系人/联系电话, or one of the rule's terms.</summary>
public sealed partial class IncludesContactCheck(IReadOnlyList<string> terms) : IReplyCheck
{
    private static readonly string[] Markers = ["联系人", "联系电话", "联系方式"];

    public string? Missing(ReplyUnderReview reply) =>
        Phone().IsMatch(reply.Content) || ReplyText.ContainsAny(reply.Content, Markers) || ReplyText.ContainsAny(reply.Content, terms)
            ? null
            : ReviewTexts.NoContact;

    // A mobile number, a landline with area code (0358-1234567), or a short service line (12345, 96xxx).
    [GeneratedRegex(@"(?<!\d)(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{7,8}|12\d{3}|96\d{3,4})(?!\d)")]
    private static partial Regex Phone();
}
