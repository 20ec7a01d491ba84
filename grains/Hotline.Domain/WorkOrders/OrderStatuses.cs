namespace Hotline.Domain.WorkOrders;

/// <summary>Facts about statuses that the state machine and the read models share.</summary>
public static class OrderStatuses
{
    /// <summary>The loop has ended: nothing more can happen to the order.</summary>
    public static bool IsTerminal(OrderStatus status) =>
        status is OrderStatus.DirectlyAnswered or OrderStatus.Closed or OrderStatus.Merged or OrderStatus.Transferred;
}
