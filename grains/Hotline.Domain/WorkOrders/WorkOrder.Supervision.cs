using Hotline.Domain.Clocks;
using Hotline.Domain.Supervision;

namespace Hotline.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    /// <summary>
    /// 提级督办 acknowledged by <paramref name="level"/>: every open step of that level (of <paramref name="department"/>
    /// only, when a department acknowledges its own). Acknowledging does not stop the climb: only the clock stopping does.
    /// </summary>
    public CommandResult AcknowledgeEscalation(EscalationLevel level, string? department, string actor, DateTimeOffset now)
    {
        var errors = FieldErrors.ForActor(actor);
        if (!Enum.IsDefined(level) || level == EscalationLevel.Handler) errors.Add("level", WorkOrderTexts.NotDefined(SupervisionTexts.FieldLevel));
        var error = RefuseIfTerminal(SupervisionTexts.CommandAcknowledgeEscalation) ?? Check(errors);
        if (error is not null) return CommandResult.Failure(error);

        var open = Data.Supervision.Where(s => s.IsOpen && s.Level == level && (department is null || s.Department == department)).ToArray();
        if (open.Length == 0) return CommandResult.Failure(Conflict(SupervisionTexts.NoOpenStep(level)));
        return Commit(now, () =>
        {
            foreach (var step in open)
            {
                step.AcknowledgedAt = now;
                step.AcknowledgedBy = actor;
            }
            Record(AuditActions.EscalationAcknowledged, actor, now, reason: Codes.Of(level), department: department ?? Data.Lead);
        });
    }

    /// <summary>催办: the centre presses the lead on a dispatched order that has no reply yet.</summary>
    public CommandResult Urge(string message, string actor, DateTimeOffset now)
    {
        var error = RefuseIfTerminal(SupervisionTexts.CommandUrge)
            ?? Check(FieldErrors.ForActor(actor)
                .Required("message", message, SupervisionTexts.FieldMessage)
                .MaxLength("message", message, IntakeValidator.ContentMax, SupervisionTexts.FieldMessage))
            ?? RefuseUnless(SupervisionTexts.CommandUrge, OrderStatus.Dispatched, OrderStatus.Accepted, OrderStatus.Reopened);
        if (error is not null) return CommandResult.Failure(error);

        var text = message.Trim();
        return Commit(now, () =>
        {
            Data.Urges.Add(new UrgeRecord { At = now, By = actor, Message = text, Department = Data.Lead });
            // Department = lead: the event reaches the lead's console on its department stream.
            Record(AuditActions.Urged, actor, now, reason: text, department: Data.Lead);
        });
    }

    /// <summary>The lead department acknowledges every open urge (催办签收).</summary>
    public CommandResult AcknowledgeUrge(string department, string actor, DateTimeOffset now)
    {
        var error = RefuseIfTerminal(SupervisionTexts.CommandAcknowledgeUrge)
            ?? Check(FieldErrors.ForActor(actor).Required("department", department, WorkOrderTexts.FieldDepartment))
            ?? RequireLead(department, SupervisionTexts.CommandAcknowledgeUrge);
        if (error is not null) return CommandResult.Failure(error);

        var open = Data.Urges.Where(u => u.IsOpen).ToArray();
        if (open.Length == 0) return CommandResult.Failure(Conflict(SupervisionTexts.NoOpenUrge));
        return Commit(now, () =>
        {
            foreach (var urge in open)
            {
                urge.AcknowledgedAt = now;
                urge.AcknowledgedBy = actor;
            }
            Record(AuditActions.UrgeAcknowledged, actor, now, department: department);
        });
    }

    /// <summary>
    /// A breach or escalation that tells the department head, the centre or the leadership puts the order before that
    /// level: one step per clock, department and level, tied to the clock event just recorded. Warnings are no step.
    /// </summary>
    private void AddSupervisionStep(ClockEvent e, DateTimeOffset now)
    {
        if (e.Signal == ClockSignal.Warning || e.NotifyLevel == EscalationLevel.Handler) return;
        if (Data.Supervision.Any(s => s.Clock == e.Clock && s.Department == e.Department && s.Level == e.NotifyLevel)) return;
        Data.Supervision.Add(new SupervisionStep
        {
            Level = e.NotifyLevel,
            Clock = e.Clock,
            Department = e.Department,
            NotifiedAt = now,
            Sequence = Data.Events.Count,
        });
    }

    /// <summary>Each typical case (典型问题) the history newly shows gets one audit event, for the lead's department.</summary>
    private void FlagTypicalCases(DateTimeOffset now)
    {
        foreach (var code in TypicalCases.Of(Data))
        {
            if (Data.TypicalCases.Contains(code)) continue;
            Data.TypicalCases.Add(code);
            Record(AuditActions.TypicalCase, AuditActions.SystemActor, now, reason: code, department: Data.Lead);
        }
    }
}
