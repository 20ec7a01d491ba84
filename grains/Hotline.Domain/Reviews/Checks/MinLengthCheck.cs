namespace Hotline.Domain.Reviews.Checks;

/// <summary>min-length: the reply has at least <c>min</c> characters, whitespace aside.</summary>
public sealed class MinLengthCheck(int min) : IReplyCheck
{
    public string? Missing(ReplyUnderReview reply)
    {
        var length = reply.Content.Count(c => !char.IsWhiteSpace(c));
        return length >= min ? null : ReviewTexts.TooShort(length, min);
    }
}
