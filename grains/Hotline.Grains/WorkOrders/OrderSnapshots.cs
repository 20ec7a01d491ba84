using Hotline.Contracts.Orders;
using Hotline.Contracts.Streams;
using Hotline.Domain;
using Hotline.Domain.Clocks;
using Hotline.Domain.Reference;
using Hotline.Domain.WorkOrders;

namespace Hotline.Grains.WorkOrders;

/// <summary>Maps the domain's order to the contract shapes the API, screens and streams use.</summary>
public static class OrderSnapshots
{
    public static OrderSnapshot ToSnapshot(this WorkOrderData order, DateTimeOffset now, ReferenceData reference) => new()
    {
        Id = order.Id,
        Status = Codes.Of(order.Status),
        StatusText = WorkOrderTexts.OrderStatusText(order.Status),
        DistrictName = reference.FindDistrict(order.DistrictCode)?.Name,
        Channel = order.Channel,
        Caller = new CallerInfoDto(order.Caller.Phone, order.Caller.Name, Codes.Of(order.Caller.Type)),
        DistrictCode = order.DistrictCode,
        Address = order.Address,
        Lat = order.Lat,
        Lon = order.Lon,
        Category = order.Category,
        CategoryCode = order.CategoryCode,
        KnowledgeId = order.KnowledgeId,
        Title = order.Title,
        Content = order.Content,
        Urgency = Codes.Of(order.Urgency),
        TaskForce = order.TaskForce,
        ReceivedAt = order.ReceivedAt,
        Lead = order.Lead,
        CoHandlers = [.. order.CoHandlers],
        Clocks = order.Clocks.Select(c => c.ToSnapshot(now)).ToArray(),
        Events = order.Events.Select(ToEntry).ToArray(),
        Replies = order.Replies.Select(r => new ReplySnapshot(r.Department, r.Content, [.. r.Evidence], r.Final, r.At)).ToArray(),
        PendingExtension = order.PendingExtension is { } x ? new ExtensionSnapshot(x.Department, x.Until, x.Reason) : null,
        Answer = order.Answer,
        ParentId = order.ParentId,
        MergedChildren = [.. order.MergedChildren],
        TransferredTo = order.TransferredTo is { } t ? TransferCodes.Of(t) : null,
        FinalReply = order.FinalReply,
        ReopenCount = order.ReopenCount,
        Overdue = WorkOrder.IsOverdueAt(order, now),
        Version = order.Version,
        LastSatisfaction = Codes.Of(order.LastSatisfaction),
        Inquiry = order.Inquiry is { } q
            ? new InquirySnapshot(q.Department, q.Contact, q.Question, Codes.Of(q.Status), q.Round, q.StartedAt, q.Answer, q.AnsweredAt, [.. q.RejectedReasons])
            : null,
        Consultation = order.Consultation?.ToSnapshot(),
        Resolved = order.Resolved,
        CallbackAttempts = SupervisionMapping.CallbackAttempts(order),
        NextCallbackAt = SupervisionMapping.NextCallbackAt(order),
        Supervision = SupervisionMapping.Steps(order),
        Urges = SupervisionMapping.Urges(order),
        TypicalCases = order.TypicalCases.ToArray(),
    };

    public static ClockSnapshot ToSnapshot(this Clock clock, DateTimeOffset now) =>
        new(Codes.Of(clock.Name), clock.Department, clock.StartedAt, clock.DueAt, clock.StoppedAt, Codes.Of(clock.StateAt(now)),
            // Screens turn a countdown amber at this instant; in working time it is not a plain share.
            clock.InstantOf(75));

    public static AuditEntry ToEntry(AuditEvent e) =>
        new(e.Sequence, e.At, e.Actor, e.Action, Codes.Of(e.From), Codes.Of(e.To), e.Reason, e.Department);

    public static OrderSummary ToSummary(this WorkOrderData order, DateTimeOffset now, DateTimeOffset? nextDue) => new(
        order.Id, Codes.Of(order.Status), order.Category, order.DistrictCode, order.Lead, order.TaskForce,
        order.ReceivedAt, WorkOrder.IsOverdueAt(order, now), order.Title,
        ActiveDepartments(order), nextDue, WorkOrderTexts.OrderStatusText(order.Status))
    {
        Clocks = RunningClocks(order, now),
        DispatchedAt = OrderMilestones.FirstDispatchedAt(order),
        CompletedAt = OrderMilestones.CompletedAt(order),
        Urgency = Codes.Of(order.Urgency),
        Sequence = order.Version,
        SameDayDueAt = OrderMilestones.SameDayDueAt(order),
        NextCallbackAt = SupervisionMapping.NextCallbackAt(order),
        CallbackAttempts = order.CallbackAttempts.Count,
    };

    public static IReadOnlyList<ClockSnapshot> RunningClocks(WorkOrderData order, DateTimeOffset now) =>
        order.Clocks.Where(c => c.IsRunning).Select(c => c.ToSnapshot(now)).ToArray();

    /// <summary>The handlers, and a department whose emergency contact owes an inquiry answer (接诉即办): its console shows it.</summary>
    public static IReadOnlyList<string> ActiveDepartments(WorkOrderData order)
    {
        var active = order.Handlers.Where(h => h.Active).Select(h => h.Department);
        if (order.Inquiry is { IsOpen: true } inquiry) active = active.Append(inquiry.Department);
        // 会商: the departments at an open consultation owe an opinion, so their consoles show the order.
        // A consultation left open on an order that ended (answered, merged, transferred) no longer asks anyone.
        if (order.Consultation is { IsOpen: true } consultation && !OrderStatuses.IsTerminal(order.Status)) active = active.Concat(consultation.Participants.Select(p => p.Department));
        return active.Distinct().ToArray();
    }

    /// <summary>
    /// Every department that ever held the order or was asked about it (接诉即办), so a re-dispatch, or the end of an
    /// inquiry, also reaches the department that no longer has it.
    /// </summary>
    public static IReadOnlyList<string> AllDepartments(WorkOrderData order)
    {
        var departments = order.Handlers.Select(h => h.Department);
        if (order.Inquiry is { } inquiry) departments = departments.Append(inquiry.Department);
        if (order.Consultation is { } consultation) departments = departments.Concat(consultation.Participants.Select(p => p.Department));
        return departments.Distinct().ToArray();
    }

    public static OrderEvent ToStreamEvent(this WorkOrderData order, AuditEvent e, DateTimeOffset now) => new()
    {
        OrderId = order.Id,
        Sequence = e.Sequence,
        At = e.At,
        Action = e.Action,
        From = Codes.Of(e.From),
        To = Codes.Of(e.To),
        Actor = e.Actor,
        Reason = e.Reason,
        Department = e.Department,
        // The status the event left the order in; clock events do not move the status.
        Status = Codes.Of(e.To ?? order.Status),
        Lead = order.Lead,
        Departments = ActiveDepartments(order),
        Handlers = order.Handlers.Where(h => h.Active).Select(h => h.Department).Distinct().ToArray(),
        DistrictCode = order.DistrictCode,
        Category = order.Category,
        TaskForce = order.TaskForce,
        Overdue = WorkOrder.IsOverdueAt(order, now),
        Clocks = RunningClocks(order, now),
        DispatchedAt = OrderMilestones.FirstDispatchedAt(order),
        CompletedAt = OrderMilestones.CompletedAt(order),
        Urgency = Codes.Of(order.Urgency),
        SameDayDueAt = OrderMilestones.SameDayDueAt(order),
        CallerPhone = order.Caller.Phone,
        CallerName = order.Caller.Name,
        CallerType = Codes.Of(order.Caller.Type),
        ReceivedAt = order.ReceivedAt,
        Title = order.Title,
        Satisfaction = e.Action == "callback" ? Codes.Of(order.LastSatisfaction) : null,
        CategoryCode = order.CategoryCode,
        Address = e.Action == AuditActions.Received ? order.Address : null,
        Lat = e.Action == AuditActions.Received ? order.Lat : null,
        Lon = e.Action == AuditActions.Received ? order.Lon : null,
        Content = e.Action == AuditActions.Received ? Shorten(order.Content, 300) : null,
        FinalReply = FinalReplyOf(order),
        ReopenCount = order.ReopenCount,
        OnTime = Figures.OnTimeFacts.Of(order, e),
        CallbackOutcome = SupervisionMapping.CallbackOutcomeOf(order, e),
        Resolved = SupervisionMapping.ResolvedOf(order, e),
        EscalationLevel = SupervisionMapping.EscalationLevelOf(order, e),
        TypicalCases = order.TypicalCases.ToArray(),
    };

    /// <summary>The lead's final reply (最终答复), if its latest reply is one.</summary>
    public static FinalReplyNotice? FinalReplyOf(WorkOrderData order) =>
        order.FinalReply && order.Replies.LastOrDefault(r => r.Final && r.Department == order.Lead) is { } reply
            ? new FinalReplyNotice(order.Id, order.Title, reply.Department, reply.Content, [.. reply.Evidence], reply.At)
            : null;

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max];
}
