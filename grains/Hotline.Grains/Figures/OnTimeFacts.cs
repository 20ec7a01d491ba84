using Hotline.Domain.Clocks;
using Hotline.Domain.WorkOrders;

namespace Hotline.Grains.Figures;

/// <summary>
/// Whether an "accepted" or "replied" event met the department's clock, for the figures' 按时签收率 and
/// 按时办结率. The clock is the department's latest of that kind started at or before the event, so a
/// re-dispatch, a reopening or an approved extension is judged against the deadline that applied then.
/// </summary>
public static class OnTimeFacts
{
    /// <summary>Null for other events, or when the department had no such clock.</summary>
    public static bool? Of(WorkOrderData order, AuditEvent e)
    {
        if (e.Department is not { } department) return null;
        if (e.Action == AuditActions.Accepted)
            return Latest(order, e, ClockName.Accept, department) is { } accept ? e.At <= accept.DueAt : null;
        if (e.Action != AuditActions.Replied) return null;

        // The lead's reply also answers the order's same-day clock (当日办结); a co-handler's only its completion clock.
        Clock?[] clocks =
        [
            Latest(order, e, ClockName.Completion, department),
            department == order.Lead ? Latest(order, e, ClockName.SameDay, department) : null,
        ];
        var relevant = clocks.OfType<Clock>().ToArray();
        return relevant.Length == 0 ? null : relevant.All(c => e.At <= c.DueAt);
    }

    private static Clock? Latest(WorkOrderData order, AuditEvent e, ClockName name, string department) =>
        order.Clocks.LastOrDefault(c => c.Name == name && c.Department == department && c.StartedAt <= e.At);
}
