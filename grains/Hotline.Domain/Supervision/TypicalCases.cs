using Hotline.Domain.Callbacks;
using Hotline.Domain.Clocks;
using Hotline.Domain.WorkOrders;

namespace Hotline.Domain.Supervision;

/// <summary>
/// Which typical problems (典型问题) an order's history shows. A plain function of the data, so the report, the
/// order and the tests agree; every rule reads history that only grows, so a flag never disappears.
/// </summary>
public static class TypicalCases
{
    /// <summary>The review-failure reason code and word that mark a reply as perfunctory.</summary>
    public const string PerfunctoryReason = "perfunctory";
    public const string PerfunctoryWord = "敷衍";

    /// <summary>The flags, in <see cref="TypicalCaseCodes.All"/> order.</summary>
    public static IReadOnlyList<string> Of(WorkOrderData order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return TypicalCaseCodes.All.Where(code => code switch
        {
            TypicalCaseCodes.PushBack => order.Events.Count(e => e.Action == AuditActions.Returned) >= 2,
            TypicalCaseCodes.SlowResponse => order.Clocks.Any(c => c.Name == ClockName.Accept && Breached(c)),
            TypicalCaseCodes.Overdue => order.Clocks.Any(c => c.Name is ClockName.Completion or ClockName.SameDay && Breached(c)),
            TypicalCaseCodes.Perfunctory => FailedAsPerfunctory(order) || DissatisfiedAndUnsolved(order),
            _ => false,
        }).ToArray();
    }

    /// <summary>Stopped after its due, or its 100 % threshold fired (a clock resumed after a failed review keeps that).</summary>
    private static bool Breached(Clock clock) => clock.Outcome == ClockOutcome.Late || clock.FiredPercents.Contains(100);

    private static bool FailedAsPerfunctory(WorkOrderData order)
    {
        var centre = WorkOrderTexts.ReviewFailed(ReviewLevel.Centre, []);
        return order.Events.Any(e => e.Action == AuditActions.ReviewFailed && e.Reason is { } reason
            && reason.StartsWith(centre, StringComparison.Ordinal)
            && (reason.Contains(PerfunctoryWord, StringComparison.Ordinal) || reason.Contains(PerfunctoryReason, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// The caller said outright that the replied problem is not solved. An unstated resolution inferred from
    /// "dissatisfied" does not count: dissatisfaction alone is a redo (重办), not yet a perfunctory reply.
    /// </summary>
    private static bool DissatisfiedAndUnsolved(WorkOrderData order) =>
        order.Replies.Count > 0 && order.CallbackAttempts.Any(a =>
            a is { Outcome: CallbackOutcome.Dissatisfied, StatedResolved: false } && a.At >= order.Replies[0].At);
}
