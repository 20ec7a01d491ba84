namespace Hotline.Domain.WorkOrders;

/// <summary>
/// Instants the screens count by, read from the audit trail: when the order was first dispatched
/// and when its handling was last completed (replied, answered directly or closed).
/// </summary>
public static class OrderMilestones
{
    public static DateTimeOffset? FirstDispatchedAt(WorkOrderData order)
    {
        foreach (var e in order.Events)
            if (e.To == OrderStatus.Dispatched) return e.At;
        return null;
    }

    /// <summary>Null while the order is being handled; a reopened order is not completed until it is replied again.</summary>
    public static DateTimeOffset? CompletedAt(WorkOrderData order)
    {
        if (!IsCompleted(order.Status)) return null;
        for (var i = order.Events.Count - 1; i >= 0; i--)
            if (order.Events[i].To is { } to && IsCompleted(to) && order.Events[i].From is { } from && !IsCompleted(from))
                return order.Events[i].At;
        return null;
    }

    /// <summary>The due instant of the latest same-day clock (task-force orders), kept after the clock stops.</summary>
    public static DateTimeOffset? SameDayDueAt(WorkOrderData order) =>
        order.Clocks.LastOrDefault(c => c.Name == Clocks.ClockName.SameDay)?.DueAt;

    /// <summary>The departments' part is done: replied, or past review, or answered on the call.</summary>
    public static bool IsCompleted(OrderStatus status) => status is OrderStatus.Replied or OrderStatus.UnderReview
        or OrderStatus.PendingCallback or OrderStatus.Closed or OrderStatus.DirectlyAnswered;
}
