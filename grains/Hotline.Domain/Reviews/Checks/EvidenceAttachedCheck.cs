namespace Hotline.Domain.Reviews.Checks;

/// <summary>evidence-attached: at least <c>min</c> evidence files (photos of the repair, the measured temperature …).</summary>
public sealed class EvidenceAttachedCheck(int min) : IReplyCheck
{
    public string? Missing(ReplyUnderReview reply) =>
        reply.Evidence.Count(e => !string.IsNullOrWhiteSpace(e)) >= Math.Max(1, min) ? null : ReviewTexts.TooFewEvidence(reply.Evidence.Count, Math.Max(1, min));
}
