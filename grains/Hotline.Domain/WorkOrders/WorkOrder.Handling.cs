using Hotline.Domain.Clocks;

namespace Hotline.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    /// <summary>申请延期: the lead asks the centre to move its deadline; one request at a time.</summary>
    public CommandResult RequestExtension(string department, DateTimeOffset until, string reason, string actor, DateTimeOffset now)
    {
        var error = RefuseUnless(WorkOrderTexts.CommandRequestExtension, OrderStatus.Accepted)
            ?? Check(FieldErrors.ForActor(actor)
                .Required("department", department, WorkOrderTexts.FieldDepartment)
                .Required("reason", reason, WorkOrderTexts.FieldReason))
            ?? RequireLead(department, WorkOrderTexts.CommandRequestExtension)
            ?? (Data.PendingExtension is null ? null : Conflict(WorkOrderTexts.ExtensionAlreadyPending))
            ?? ExtensionUntilError(until);
        if (error is not null) return CommandResult.Failure(error);

        return Commit(now, () =>
        {
            Data.PendingExtension = new ExtensionRequest
            {
                Department = department,
                Until = until,
                Reason = reason,
                RequestedAt = now,
                Actor = actor,
            };
            Record(AuditActions.ExtensionRequested, actor, now,
                reason: WorkOrderTexts.ExtensionRequested(until, reason), department: department);
        });
    }

    /// <summary>审批延期: approval moves the lead's deadline; either way the request is cleared.</summary>
    public CommandResult DecideExtension(bool approved, string? reason, string actor, DateTimeOffset now)
    {
        var error = RefuseIfTerminal(WorkOrderTexts.CommandDecideExtension)
            ?? Check(FieldErrors.ForActor(actor))
            ?? (Data.PendingExtension is null ? Conflict(WorkOrderTexts.NoPendingExtension) : null)
            ?? (approved && ExtendableClock is null ? Conflict(WorkOrderTexts.NoDeadlineToExtend) : null);
        if (error is not null) return CommandResult.Failure(error);

        var request = Data.PendingExtension!;
        return Commit(now, () =>
        {
            Data.PendingExtension = null;
            if (!approved)
            {
                Record(AuditActions.ExtensionDenied, actor, now,
                    reason: WorkOrderTexts.ExtensionDenied(reason), department: request.Department);
                return;
            }
            var clock = ExtendableClock!;
            clock.DueAt = request.Until;
            planner.Reschedule(clock);
            // Re-arm thresholds that now lie ahead, so the new deadline warns and breaches in its turn.
            clock.FiredPercents.RemoveAll(percent => clock.InstantOf(percent) > now);
            Record(AuditActions.ExtensionApproved, actor, now,
                reason: WorkOrderTexts.ExtensionApproved(request.Until, reason), department: request.Department);
        });
    }

    /// <summary>
    /// 答复: the lead's reply moves the order to review and stops its completion and same-day clocks;
    /// a co-handler's reply only stops its own completion clock.
    /// </summary>
    public CommandResult Reply(string department, string content, IReadOnlyList<string> evidence, bool final,
        string actor, DateTimeOffset now)
    {
        evidence ??= [];
        var error = RefuseIfTerminal(WorkOrderTexts.CommandReply)
            ?? Check(ReplyInput(department, content, evidence, actor))
            ?? RequireActiveHandler(department)
            ?? ReplyConflict(ActiveHandler(department)!);
        if (error is not null) return CommandResult.Failure(error);

        var handler = ActiveHandler(department)!;
        var record = new ReplyRecord
        {
            Department = department,
            Content = content,
            Evidence = [.. evidence],
            Final = final,
            At = now,
            Actor = actor,
        };
        var note = final ? WorkOrderTexts.FinalReply : null;
        return Commit(now, () =>
        {
            Data.Replies.Add(record);
            handler.RepliedAt = now;
            if (handler.Role == HandlerRole.Lead)
            {
                StopClocks(now, c => c.Name == ClockName.SameDay || (c.Name == ClockName.Completion && c.Department == department));
                Data.FinalReply = final;
                // A deadline no longer running cannot be extended.
                Data.PendingExtension = null;
                MoveTo(OrderStatus.Replied, AuditActions.Replied, actor, now, note, department);
            }
            else
            {
                StopClocks(now, c => c.Name == ClockName.Completion && c.Department == department);
                Record(AuditActions.Replied, actor, now, reason: note, department: department);
            }
        });
    }

    private DomainError? ExtensionUntilError(DateTimeOffset until)
    {
        if (ExtendableClock is not { } clock) return Conflict(WorkOrderTexts.NoDeadlineToExtend);
        return until > clock.DueAt
            ? null
            : Check(new FieldErrors().Add("until", WorkOrderTexts.UntilNotLater(clock.DueAt)));
    }

    private static FieldErrors ReplyInput(string department, string content, IReadOnlyList<string> evidence, string actor)
    {
        var errors = FieldErrors.ForActor(actor)
            .Required("department", department, WorkOrderTexts.FieldDepartment)
            .Required("content", content, WorkOrderTexts.FieldReplyContent)
            .MaxLength("content", content, IntakeValidator.ContentMax, WorkOrderTexts.FieldReplyContent);
        if (evidence.Any(string.IsNullOrWhiteSpace))
            errors.Add("evidence", WorkOrderTexts.Required(WorkOrderTexts.FieldEvidence));
        return errors;
    }

    private DomainError? ReplyConflict(HandlerRecord handler)
    {
        var stateError = handler.Role == HandlerRole.Lead
            ? RefuseUnless(WorkOrderTexts.CommandReply, OrderStatus.Accepted)
            : RefuseUnless(WorkOrderTexts.CommandReply, OrderStatus.Dispatched, OrderStatus.Accepted, OrderStatus.Replied);
        return stateError
            ?? (handler.AcceptedAt is null ? Conflict(WorkOrderTexts.NotAccepted(handler.Department)) : null);
    }
}
