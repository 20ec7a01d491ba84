using Hotline.Domain.WorkOrders;

namespace Hotline.Domain.Callers;

public sealed partial class CallerHistory
{
    /// <summary>
    /// Whether an order event can change what a caller's history keeps beyond an open order's status: the
    /// order's intake (what it is about, where, from whom), a reply (the final-reply lock), a callback's
    /// satisfaction, a reopening, and every terminal status (open or closed, directly answered, merged).
    /// An open order's other moves (派单, 签收, 退回, 延期, 督办, clock thresholds) do not: the history
    /// reads that status from the order index when it is shown, so the caller's grain is neither woken
    /// nor rewritten for them.
    /// </summary>
    public static bool Concerns(string action, OrderStatus status) =>
        OrderStatuses.IsTerminal(status)
        || action is AuditActions.Received or AuditActions.Queued or AuditActions.Answered
            or AuditActions.Replied or AuditActions.Callback or AuditActions.Reopened;

    /// <summary>
    /// Sets an open order's status to another open one, as the order index tells it when the history is shown.
    /// A terminal status is left to its own event, which carries what closing changes (when, how it ended).
    /// </summary>
    public bool Refresh(string orderId, OrderStatus status)
    {
        var order = Data.Orders.Find(o => o.Id == orderId);
        if (order is null || !order.IsOpen || OrderStatuses.IsTerminal(status) || order.Status == status) return false;
        order.Status = status;
        return true;
    }
}
