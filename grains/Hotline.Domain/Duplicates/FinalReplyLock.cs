namespace Hotline.Domain.Duplicates;

/// <summary>
/// 最终答复: once a department head has signed off a final reply, the same caller's same matter is not accepted
/// again. There is no time window: a final reply is final.
/// </summary>
public static class FinalReplyLock
{
    /// <summary>
    /// The caller's latest earlier order on the same matter that ended with a final reply (its reply text and
    /// evidence are shown to the seat), or null when the new order may be accepted.
    /// </summary>
    public static PriorOrder? Check(IntakeFacts intake, IEnumerable<PriorOrder> callerPriors, DuplicateOptions options)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(callerPriors);
        ArgumentNullException.ThrowIfNull(options);

        return callerPriors
            .Where(p => p.FinalReply)
            // The list is the caller's own; an order that names another phone is not theirs.
            .Where(p => string.IsNullOrWhiteSpace(p.CallerPhone) || Matters.SamePhone(intake.CallerPhone, p.CallerPhone))
            .Where(p => Matters.SameMatter(intake, p, options))
            .OrderByDescending(p => p.FinalReplyAt ?? p.ReceivedAt)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
