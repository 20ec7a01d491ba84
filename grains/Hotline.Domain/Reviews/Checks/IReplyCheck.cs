namespace Hotline.Domain.Reviews.Checks;

/// <summary>One kind of check a rule can make of a reply.</summary>
public interface IReplyCheck
{
    /// <summary>Null when the reply passes; otherwise what is missing, in Chinese.</summary>
    string? Missing(ReplyUnderReview reply);
}
