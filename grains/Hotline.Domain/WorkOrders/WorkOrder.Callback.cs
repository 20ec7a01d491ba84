using Hotline.Domain.Callbacks;
using Hotline.Domain.Clocks;

namespace Hotline.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    /// <summary>回访 with the caller reached; 实际解决 is inferred from the satisfaction.</summary>
    public CommandResult Callback(Satisfaction satisfaction, string? note, string actor, DateTimeOffset now) =>
        Callback(ToOutcome(satisfaction), resolved: null, note, actor, now);

    /// <summary>
    /// 回访. Reached: satisfied and basically satisfied close the order, dissatisfied reopens it (重办) for the lead.
    /// <paramref name="resolved"/> (实际解决) is what the caller says of the problem itself; omitted, it is taken as
    /// true for satisfied / basically satisfied and false for dissatisfied. A satisfied caller whose problem is not
    /// solved closes the order on paper only (Resolved = false), which the figures count as not solved.
    /// Unreachable: the order stays 待回访 and is offered again at the first callable instant after the retry
    /// interval; the last allowed attempt closes it as 无法联系, with satisfaction and resolution unknown.
    /// A callback is never refused for the hour: the windows only decide when the queue offers an order.
    /// </summary>
    public CommandResult Callback(CallbackOutcome outcome, bool? resolved, string? note, string actor, DateTimeOffset now)
    {
        var error = RefuseUnless(WorkOrderTexts.CommandCallback, OrderStatus.PendingCallback)
            ?? Check(FieldErrors.ForActor(actor).Defined("satisfaction", outcome, WorkOrderTexts.FieldSatisfaction));
        if (error is not null) return CommandResult.Failure(error);
        if (outcome == CallbackOutcome.Unreachable) return Unreachable(note, actor, now);

        var dissatisfied = outcome == CallbackOutcome.Dissatisfied;
        var solved = resolved ?? !dissatisfied;
        IReadOnlyList<Clock> reopenClocks = dissatisfied && Data.Lead is { } lead
            ? planner.Plan(ClockTrigger.Reopened, Profile, now, lead)
            : [];
        return Commit(now, () =>
        {
            StopClocks(now, c => c.Name == ClockName.Callback);
            Data.LastSatisfaction = ToSatisfaction(outcome);
            Data.Resolved = solved;
            Data.NextCallbackAt = null;
            Record(AuditActions.Callback, actor, now, reason: CallbackTexts.Reached(outcome, resolved, note), department: Data.Lead);
            AddAttempt(outcome, solved, resolved, note, actor, now);
            if (!dissatisfied)
            {
                StopClocks(now, _ => true);
                MoveTo(OrderStatus.Closed, AuditActions.Closed, actor, now, department: Data.Lead);
                return;
            }
            Data.ReopenCount++;
            if (LeadRecord is { } record)
            {
                record.AcceptedAt = null;
                record.RepliedAt = null;
            }
            AddClocks(reopenClocks);
            MoveTo(OrderStatus.Reopened, AuditActions.Reopened, actor, now,
                WorkOrderTexts.Reopened(Data.ReopenCount), Data.Lead);
        });
    }

    /// <summary>The unanswered calls since the order last entered 待回访 (a reopened order starts a new round).</summary>
    public int UnreachableAttemptsThisRound
    {
        get
        {
            var roundStart = Data.Events.LastOrDefault(e => e.To == OrderStatus.PendingCallback)?.At ?? DateTimeOffset.MinValue;
            return Data.CallbackAttempts.Count(a => a.Outcome == CallbackOutcome.Unreachable && a.At >= roundStart);
        }
    }

    private CommandResult Unreachable(string? note, string actor, DateTimeOffset now)
    {
        var policy = planner.Callback;
        var attempt = UnreachableAttemptsThisRound + 1;
        var last = attempt >= policy.MaxAttempts;
        DateTimeOffset? next = last ? null : policy.RetryAt(now);
        return Commit(now, () =>
        {
            Record(AuditActions.CallbackUnreachable, actor, now,
                reason: CallbackTexts.Unreachable(attempt, policy.MaxAttempts, next, note), department: Data.Lead);
            AddAttempt(CallbackOutcome.Unreachable, resolved: null, stated: null, note, actor, now);
            Data.NextCallbackAt = next;
            if (!last) return;
            // 无法联系: nothing is known of the caller's view, so no satisfaction and no resolution is recorded.
            Data.LastSatisfaction = null;
            Data.Resolved = null;
            StopClocks(now, _ => true);
            MoveTo(OrderStatus.Closed, AuditActions.Closed, actor, now, CallbackTexts.ClosedUnreachable(attempt), Data.Lead);
        });
    }

    /// <summary>Appended right after the attempt's own audit event, whose sequence it keeps.</summary>
    private void AddAttempt(CallbackOutcome outcome, bool? resolved, bool? stated, string? note, string actor, DateTimeOffset now) =>
        Data.CallbackAttempts.Add(new CallbackAttempt
        {
            At = now,
            Actor = actor,
            Outcome = outcome,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            Resolved = resolved,
            StatedResolved = stated,
            Sequence = Data.Events.Count,
        });

    public static CallbackOutcome ToOutcome(Satisfaction satisfaction) => satisfaction switch
    {
        Satisfaction.Satisfied => CallbackOutcome.Satisfied,
        Satisfaction.BasicallySatisfied => CallbackOutcome.BasicallySatisfied,
        Satisfaction.Dissatisfied => CallbackOutcome.Dissatisfied,
        // An undefined value stays undefined, so validation names it.
        _ => (CallbackOutcome)(-1),
    };

    private static Satisfaction? ToSatisfaction(CallbackOutcome outcome) => outcome switch
    {
        CallbackOutcome.Satisfied => Satisfaction.Satisfied,
        CallbackOutcome.BasicallySatisfied => Satisfaction.BasicallySatisfied,
        CallbackOutcome.Dissatisfied => Satisfaction.Dissatisfied,
        _ => null,
    };
}
