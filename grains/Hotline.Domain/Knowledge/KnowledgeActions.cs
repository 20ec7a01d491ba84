namespace Hotline.Domain.Knowledge;

/// <summary>The stable codes of <see cref="KnowledgeHistoryRecord.Action"/>. Stored, so never renamed.</summary>
public static class KnowledgeActions
{
    public const string Created = "created";
    public const string Edited = "edited";
    public const string ReviewApproved = "review-approved";
    public const string ReviewRejected = "review-rejected";
    public const string Published = "published";
    public const string Retired = "retired";
}
