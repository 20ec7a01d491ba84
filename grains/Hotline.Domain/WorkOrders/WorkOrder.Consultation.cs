using Hotline.Domain.Clocks;
using Hotline.Domain.Consultations;

namespace Hotline.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    public const int TopicMax = 200;

    /// <summary>
    /// 会商: the centre asks a lead and co-handlers for their opinions, each by its own sub-deadline (a consultation
    /// clock per participant). A side-track: the order's status does not change.
    /// </summary>
    public CommandResult OpenConsultation(string topic, string lead, IReadOnlyList<ConsultationInvitee> coHandlers,
        string actor, DateTimeOffset now)
    {
        coHandlers ??= [];
        var error = RefuseIfTerminal(ConsultationTexts.CommandOpen)
            ?? Check(ConsultationInput(topic, lead, coHandlers, actor, now))
            ?? (Data.Consultation is { IsOpen: true } ? Conflict(ConsultationTexts.AlreadyOpen) : null);
        if (error is not null) return CommandResult.Failure(error);

        // Plan every clock before touching anything: a planner that throws leaves the order as it was.
        var invited = coHandlers.Select(c => (c.Department, ConsultationRole.Co, c.DueAt)).Prepend((lead, ConsultationRole.Lead, null));
        var planned = invited.Select(p => (p.Item1, p.Item2, Clock: ConsultationClock(p.Item1, p.Item3, now))).ToArray();
        return Commit(now, () =>
        {
            Data.Consultation = new ConsultationRecord
            {
                Topic = topic.Trim(),
                OpenedAt = now,
                OpenedBy = actor,
                Lead = lead,
                Participants = [.. planned.Select(p => new ConsultationParticipant { Department = p.Item1, Role = p.Item2, DueAt = p.Clock?.DueAt })],
            };
            foreach (var (_, _, clock) in planned)
                if (clock is not null) Data.Clocks.Add(clock);
            Record(AuditActions.ConsultationOpened, actor, now,
                reason: ConsultationTexts.Opened(lead, coHandlers.Select(c => c.Department)), department: lead);
        });
    }

    /// <summary>A participant states its opinion; its consultation clock stops, met or late.</summary>
    public CommandResult ReplyConsultation(string department, string opinion, string actor, DateTimeOffset now)
    {
        var error = RefuseIfTerminal(ConsultationTexts.CommandReply)
            ?? Check(FieldErrors.ForActor(actor)
                .Required("department", department, WorkOrderTexts.FieldDepartment)
                .Required("opinion", opinion, ConsultationTexts.FieldOpinion)
                .MaxLength("opinion", opinion, IntakeValidator.ContentMax, ConsultationTexts.FieldOpinion))
            ?? ReplyConflict(department);
        if (error is not null) return CommandResult.Failure(error);

        var participant = Data.Consultation!.Participant(department)!;
        return Commit(now, () =>
        {
            participant.Opinion = opinion.Trim();
            participant.RepliedAt = now;
            participant.RepliedBy = actor;
            participant.Late = participant.DueAt is { } due && now > due;
            StopClocks(now, c => c.Name == ClockName.Consultation && c.Department == department);
            Record(AuditActions.ConsultationReplied, actor, now, reason: ConsultationTexts.Replied(participant.Late), department: department);
        });
    }

    /// <summary>
    /// The centre records the outcome. Participants still silent are named and their clocks cancelled. With
    /// <paramref name="dispatch"/>, an order waiting for dispatch (待派单 / 退单) goes to the consultation's lead with the
    /// co-handlers as 协办, in the same command.
    /// </summary>
    public CommandResult ConcludeConsultation(string outcome, bool dispatch, string actor, DateTimeOffset now)
    {
        var error = RefuseIfTerminal(ConsultationTexts.CommandConclude)
            ?? Check(FieldErrors.ForActor(actor)
                .Required("outcome", outcome, ConsultationTexts.FieldOutcome)
                .MaxLength("outcome", outcome, IntakeValidator.ContentMax, ConsultationTexts.FieldOutcome))
            ?? (Data.Consultation is { IsOpen: true } ? null : Conflict(ConsultationTexts.NoneOpen))
            ?? (dispatch ? RefuseUnless(ConsultationTexts.CommandConcludeDispatch, OrderStatus.PendingDispatch, OrderStatus.Returned) : null);
        if (error is not null) return CommandResult.Failure(error);

        var consultation = Data.Consultation!;
        var coHandlers = consultation.CoHandlers.ToArray();
        // Checked like a dispatch of its own, so the dispatch inside the commit cannot be refused half-way.
        if (dispatch && Check(DispatchInput(consultation.Lead, coHandlers, actor)) is { } dispatchError)
            return CommandResult.Failure(dispatchError);

        return Commit(now, () =>
        {
            var missing = consultation.Participants.Where(p => !p.HasReplied).Select(p => p.Department).ToList();
            consultation.Outcome = outcome.Trim();
            consultation.ConcludedAt = now;
            consultation.ConcludedBy = actor;
            consultation.Missing = missing;
            StopClocks(now, c => c.Name == ClockName.Consultation, cancelled: true);
            Record(AuditActions.ConsultationConcluded, actor, now,
                reason: ConsultationTexts.Concluded(consultation.Outcome, missing), department: consultation.Lead);
            if (!dispatch) return;
            var dispatched = Dispatch(consultation.Lead, coHandlers, actor, now);
            if (!dispatched.Succeeded)
                throw new InvalidOperationException($"Dispatch after the consultation was refused after its checks: {dispatched.Error.Message}");
        });
    }

    /// <summary>The policy's consultation clock for one participant; a given sub-deadline counts in natural time.</summary>
    private Clock? ConsultationClock(string department, DateTimeOffset? dueAt, DateTimeOffset now)
    {
        var planned = planner.Plan(ClockTrigger.ConsultationOpened, Profile, now, department)
            .FirstOrDefault(c => c.Name == ClockName.Consultation);
        if (dueAt is not { } due) return planned;
        return new Clock { Name = ClockName.Consultation, Department = department, StartedAt = planned?.StartedAt ?? now, DueAt = due };
    }

    private static FieldErrors ConsultationInput(string topic, string lead, IReadOnlyList<ConsultationInvitee> coHandlers,
        string actor, DateTimeOffset now)
    {
        var errors = FieldErrors.ForActor(actor)
            .Required("topic", topic, ConsultationTexts.FieldTopic)
            .MaxLength("topic", topic, TopicMax, ConsultationTexts.FieldTopic)
            .Required("lead", lead, ConsultationTexts.FieldLead);
        var departments = coHandlers.Select(c => c?.Department).ToArray();
        if (departments.Length == 0)
            errors.Add("coHandlers", ConsultationTexts.CoHandlersRequired);
        else if (departments.Any(string.IsNullOrWhiteSpace))
            errors.Add("coHandlers", WorkOrderTexts.Required(ConsultationTexts.FieldCoHandlers));
        else if (departments.Distinct(StringComparer.Ordinal).Count() != departments.Length)
            errors.Add("coHandlers", ConsultationTexts.CoHandlersDistinct);
        if (!string.IsNullOrWhiteSpace(lead) && departments.Contains(lead, StringComparer.Ordinal))
            errors.Add("coHandlers", ConsultationTexts.CoHandlerIsLead);
        for (var i = 0; i < coHandlers.Count; i++)
            if (coHandlers[i]?.DueAt is { } due && due <= now)
                errors.Add($"coHandlers[{i}].dueAt", ConsultationTexts.DueAtInPast);
        return errors;
    }

    private DomainError? ReplyConflict(string department) => Data.Consultation switch
    {
        not { IsOpen: true } => Conflict(ConsultationTexts.NoneOpen),
        { } c when c.Participant(department) is null => Conflict(ConsultationTexts.NotAParticipant(department)),
        { } c when c.Participant(department)!.HasReplied => Conflict(ConsultationTexts.AlreadyReplied(department)),
        _ => null,
    };
}
