using Hotline.Contracts.Orders;
using Hotline.Domain;
using Hotline.Domain.WorkOrders;

namespace Hotline.Grains.WorkOrders;

/// <summary>Maps callbacks (回访) and supervision (提级督办, 催办, 典型问题) to the contract shapes; used by <see cref="OrderSnapshots"/>.</summary>
public static class SupervisionMapping
{
    public static IReadOnlyList<CallbackAttemptSnapshot> CallbackAttempts(WorkOrderData order) =>
        order.CallbackAttempts.Select(a => new CallbackAttemptSnapshot(a.At, a.Actor, Codes.Of(a.Outcome), a.Note, a.Resolved)).ToArray();

    public static IReadOnlyList<SupervisionStepSnapshot> Steps(WorkOrderData order) =>
        order.Supervision.Select(s => new SupervisionStepSnapshot(
            Codes.Of(s.Level), Codes.Of(s.Clock), s.Department, s.NotifiedAt, s.AcknowledgedAt, s.AcknowledgedBy)).ToArray();

    public static IReadOnlyList<UrgeSnapshot> Urges(WorkOrderData order) =>
        order.Urges.Select(u => new UrgeSnapshot(u.At, u.By, u.Message, u.Department, u.AcknowledgedAt, u.AcknowledgedBy)).ToArray();

    /// <summary>Only while 待回访; a stale value from an earlier round means nothing once the order moved on.</summary>
    public static DateTimeOffset? NextCallbackAt(WorkOrderData order) =>
        order.Status == OrderStatus.PendingCallback ? order.NextCallbackAt : null;

    /// <summary>On the clock event that raised a ladder step: the level told.</summary>
    public static string? EscalationLevelOf(WorkOrderData order, AuditEvent e) =>
        e.Action is AuditActions.ClockBreach or AuditActions.ClockEscalation
            && order.Supervision.FirstOrDefault(s => s.Sequence == e.Sequence) is { } step
            ? Codes.Of(step.Level)
            : null;

    /// <summary>On "callback" and "callback-unreachable" events: the attempt's outcome.</summary>
    public static string? CallbackOutcomeOf(WorkOrderData order, AuditEvent e) =>
        AttemptOf(order, e) is { } attempt ? Codes.Of(attempt.Outcome) : null;

    /// <summary>
    /// On "callback" events: what the caller said of the problem; on the "closed" event after a callback: the order's
    /// resolution (null when closed as unreachable).
    /// </summary>
    public static bool? ResolvedOf(WorkOrderData order, AuditEvent e) => e.Action switch
    {
        AuditActions.Callback => AttemptOf(order, e)?.Resolved,
        AuditActions.Closed when order.CallbackAttempts.Count > 0 => order.Resolved,
        _ => null,
    };

    private static Domain.Callbacks.CallbackAttempt? AttemptOf(WorkOrderData order, AuditEvent e) =>
        e.Action is AuditActions.Callback or AuditActions.CallbackUnreachable
            ? order.CallbackAttempts.FirstOrDefault(a => a.Sequence == e.Sequence)
            : null;
}
