using System.Diagnostics;
using Hotline.Domain.Clocks;
using Hotline.Domain.WorkOrders;
using Hotline.Telemetry;

namespace Hotline.Grains.WorkOrders;

/// <summary>
/// What the order grain tells the meters, read off the order's state once the grain has persisted its decision:
/// a command that failed to persist counts for nothing, a retried one counts once.
/// </summary>
public static class OrderTelemetry
{
    /// <summary>A span for one command on one order, a child of the grain call when the call is traced.</summary>
    public static Activity? StartCommand(string command, string orderId)
    {
        var activity = HotlineTelemetry.Source.StartActivity($"order {command}");
        activity?.SetTag("hotline.order.id", orderId);
        activity?.SetTag("hotline.command", command);
        return activity;
    }

    public static void Received(WorkOrderData order) => OrderMetrics.RecordReceived(order.DistrictCode, order.TaskForce);

    /// <summary>After a command: dispatches, acceptances made at <paramref name="now"/>, closing.</summary>
    public static void AfterCommand(WorkOrderData order, OrderStatus before, DateTimeOffset now)
    {
        if (order.Status == OrderStatus.Dispatched && before != OrderStatus.Dispatched)
            OrderMetrics.RecordDispatched(order.DistrictCode);
        foreach (var handler in order.Handlers.Where(h => h.Active && h.AcceptedAt == now))
            OrderMetrics.RecordAccepted(handler.Role.ToString(), now - handler.DispatchedAt);
        if (order.Status == OrderStatus.Closed && before != OrderStatus.Closed)
            OrderMetrics.RecordClosed(order.DistrictCode, order.TaskForce, now - order.ReceivedAt);
    }

    /// <summary>Clock thresholds that fired: lateness for each, a breach count for 超期.</summary>
    public static void ClocksFired(WorkOrderData order, IEnumerable<ClockEvent> fired)
    {
        foreach (var e in fired)
            OrderMetrics.RecordClockFired(e.Clock.ToString(), e.Signal.ToString(), order.DistrictCode, e.FiredAt - e.DueInstant);
    }
}
