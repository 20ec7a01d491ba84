using Hotline.Domain.Clocks;

namespace Hotline.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    /// <summary>派单 / 改派: names the lead (主办) and co-handlers (协办), each with its own clocks.</summary>
    public CommandResult Dispatch(string lead, IReadOnlyList<string> coHandlers, string actor, DateTimeOffset now)
    {
        coHandlers ??= [];
        var error = RefuseUnless(WorkOrderTexts.CommandDispatch,
                OrderStatus.Received, OrderStatus.PendingDispatch, OrderStatus.Returned, OrderStatus.Reopened, OrderStatus.Inquiring)
            ?? Check(DispatchInput(lead, coHandlers, actor));
        if (error is not null) return CommandResult.Failure(error);

        // Plan before touching anything: a planner that throws leaves the order as it was.
        var leadClocks = planner.Plan(ClockTrigger.DispatchedLead, Profile, now, lead);
        var coClocks = coHandlers.Select(co => planner.Plan(ClockTrigger.DispatchedCoHandler, Profile, now, co)).ToArray();
        var reason = DispatchReason(lead, coHandlers);

        return Commit(now, () =>
        {
            RetireHandlers(now);
            HandOverSameDay(lead, now);
            Data.Lead = lead;
            Data.CoHandlers = [.. coHandlers];
            Data.Handlers.Add(new HandlerRecord { Department = lead, Role = HandlerRole.Lead, DispatchedAt = now });
            AddClocks(leadClocks);
            for (var i = 0; i < coHandlers.Count; i++)
            {
                Data.Handlers.Add(new HandlerRecord { Department = coHandlers[i], Role = HandlerRole.CoHandler, DispatchedAt = now });
                AddClocks(coClocks[i]);
            }
            MoveTo(OrderStatus.Dispatched, AuditActions.Dispatched, actor, now, reason, lead);
            // After the dispatch, so a consumer meets "dispatched" first: the asked department receives the order then.
            CancelInquiry(WorkOrderTexts.CommandDispatch, actor, now);
        });
    }

    /// <summary>签收. The lead's acceptance moves the order; a co-handler's only stops its own accept clock.</summary>
    public CommandResult Accept(string department, string actor, DateTimeOffset now)
    {
        var error = RefuseIfTerminal(WorkOrderTexts.CommandAccept)
            ?? Check(FieldErrors.ForActor(actor).Required("department", department, WorkOrderTexts.FieldDepartment))
            ?? RequireActiveHandler(department)
            ?? AcceptConflict(ActiveHandler(department)!);
        if (error is not null) return CommandResult.Failure(error);

        var handler = ActiveHandler(department)!;
        return Commit(now, () =>
        {
            handler.AcceptedAt = now;
            if (handler.Role == HandlerRole.Lead)
            {
                StopClocks(now, c => c.Department == department && c.Name is ClockName.Accept or ClockName.EmergencyAnswer);
                MoveTo(OrderStatus.Accepted, AuditActions.Accepted, actor, now, department: department);
            }
            else
            {
                StopClocks(now, c => c.Department == department && c.Name == ClockName.Accept);
                Record(AuditActions.Accepted, actor, now, department: department);
            }
        });
    }

    /// <summary>退单: the lead sends the order back to the centre, with grounds, inside the return window.</summary>
    public CommandResult Return(string department, string grounds, string actor, DateTimeOffset now)
    {
        var error = RefuseUnless(WorkOrderTexts.CommandReturn, OrderStatus.Dispatched, OrderStatus.Accepted)
            ?? Check(FieldErrors.ForActor(actor)
                .Required("department", department, WorkOrderTexts.FieldDepartment)
                .Required("grounds", grounds, WorkOrderTexts.FieldGrounds))
            ?? RequireLead(department, WorkOrderTexts.CommandReturn)
            ?? ReturnWindowConflict(department, now);
        if (error is not null) return CommandResult.Failure(error);

        return Commit(now, () =>
        {
            // The order's day keeps counting while the centre decides; the departments' clocks no longer apply. A
            // consultation (会商) is the centre's own side-track: its sub-deadlines outlive a return.
            StopClocks(now, c => c.Name is not (ClockName.SameDay or ClockName.Consultation), cancelled: true);
            Data.PendingExtension = null;
            MoveTo(OrderStatus.Returned, AuditActions.Returned, actor, now, grounds, department);
        });
    }

    private static FieldErrors DispatchInput(string lead, IReadOnlyList<string> coHandlers, string actor)
    {
        var errors = FieldErrors.ForActor(actor).Required("lead", lead, WorkOrderTexts.FieldLead);
        if (coHandlers.Any(string.IsNullOrWhiteSpace))
            errors.Add("coHandlers", WorkOrderTexts.Required(WorkOrderTexts.FieldCoHandlers));
        else if (coHandlers.Distinct(StringComparer.Ordinal).Count() != coHandlers.Count)
            errors.Add("coHandlers", WorkOrderTexts.CoHandlersDistinct);
        if (!string.IsNullOrWhiteSpace(lead) && coHandlers.Contains(lead, StringComparer.Ordinal))
            errors.Add("coHandlers", WorkOrderTexts.CoHandlerIsLead);
        return errors;
    }

    private string? DispatchReason(string lead, IReadOnlyList<string> coHandlers)
    {
        var head = Data.Lead switch
        {
            null => null,
            var previous when previous != lead => WorkOrderTexts.Redispatched(previous),
            _ when Data.Status == OrderStatus.Returned => WorkOrderTexts.KeptByDepartment,
            _ => null,
        };
        var tail = coHandlers.Count > 0 ? WorkOrderTexts.CoHandlerList(coHandlers) : null;
        return head is null ? tail : tail is null ? head : $"{head}；{tail}";
    }

    /// <summary>
    /// Earlier assignments end: their clocks are cancelled, except the order's same-day clock and an open
    /// consultation's sub-deadlines, which belong to the consultation rather than to an assignment.
    /// </summary>
    private void RetireHandlers(DateTimeOffset now)
    {
        foreach (var handler in Data.Handlers.Where(h => h.Active))
            handler.Active = false;
        StopClocks(now, c => c.Department is not null && c.Name is not (ClockName.SameDay or ClockName.Consultation), cancelled: true);
    }

    /// <summary>
    /// The order's same-day clock follows it to a new lead: same start, same due, the thresholds
    /// already fired stay fired. The old lead's copy ends as cancelled, so the history shows who held it.
    /// </summary>
    private void HandOverSameDay(string lead, DateTimeOffset now)
    {
        if (RunningSameDay is not { } sameDay || sameDay.Department == lead) return;
        sameDay.Stop(now, cancelled: true);
        Data.Clocks.Add(new Clock
        {
            Name = ClockName.SameDay,
            Department = lead,
            StartedAt = sameDay.StartedAt,
            DueAt = sameDay.DueAt,
            FiredPercents = [.. sameDay.FiredPercents],
            // Shared: a schedule is never changed in place, only replaced when the due time moves.
            Schedule = sameDay.Schedule,
        });
    }

    private DomainError? AcceptConflict(HandlerRecord handler)
    {
        var stateError = handler.Role == HandlerRole.Lead
            ? RefuseUnless(WorkOrderTexts.CommandAccept, OrderStatus.Dispatched, OrderStatus.Reopened)
            : RefuseUnless(WorkOrderTexts.CommandAccept, OrderStatus.Dispatched, OrderStatus.Accepted, OrderStatus.Replied);
        return stateError
            ?? (handler.AcceptedAt is null ? null : Conflict(WorkOrderTexts.AlreadyAccepted(handler.Department)));
    }

    private DomainError? ReturnWindowConflict(string department, DateTimeOffset now)
    {
        var window = Data.Clocks.LastOrDefault(c => c.Name == ClockName.ReturnWindow && c.Department == department);
        return window is { Outcome: not ClockOutcome.Cancelled } && now < window.DueAt
            ? null
            : Conflict(WorkOrderTexts.ReturnWindowPassed);
    }
}
