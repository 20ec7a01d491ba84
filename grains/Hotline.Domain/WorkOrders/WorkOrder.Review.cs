using Hotline.Domain.Clocks;

namespace Hotline.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    /// <summary>
    /// 审核: department review, then centre review. A pass moves forward (the centre's pass starts the callback
    /// clock); a failure sends the order back to the lead with reasons.
    /// </summary>
    public CommandResult Review(ReviewLevel level, bool approved, IReadOnlyList<string> reasons, string actor, DateTimeOffset now)
    {
        reasons ??= [];
        var error = RefuseIfTerminal(WorkOrderTexts.CommandReview)
            ?? Check(ReviewInput(level, approved, reasons, actor))
            ?? ReviewConflict(level);
        if (error is not null) return CommandResult.Failure(error);

        IReadOnlyList<Clock> callbackClocks = approved && level == ReviewLevel.Centre
            ? planner.Plan(ClockTrigger.ReviewApproved, Profile, now, department: null)
            : [];
        return Commit(now, () =>
        {
            if (!approved)
            {
                ResumeClocksStoppedByReply();
                MoveTo(OrderStatus.Accepted, AuditActions.ReviewFailed, actor, now,
                    WorkOrderTexts.ReviewFailed(level, reasons), Data.Lead);
                return;
            }
            AddClocks(callbackClocks);
            var to = level == ReviewLevel.Department ? OrderStatus.UnderReview : OrderStatus.PendingCallback;
            MoveTo(to, AuditActions.ReviewPassed, actor, now, WorkOrderTexts.ReviewPassed(level), Data.Lead);
            // A reply approved in quiet hours is offered to the callback queue from the next window.
            if (to == OrderStatus.PendingCallback) Data.NextCallbackAt = planner.Callback.Windows.NextCallableAt(now);
        });
    }

    private static FieldErrors ReviewInput(ReviewLevel level, bool approved, IReadOnlyList<string> reasons, string actor)
    {
        var errors = FieldErrors.ForActor(actor).Defined("level", level, WorkOrderTexts.FieldLevel);
        if (!approved && (reasons.Count == 0 || reasons.Any(string.IsNullOrWhiteSpace)))
            errors.Add("reasons", WorkOrderTexts.Required(WorkOrderTexts.FieldReasons));
        return errors;
    }

    private DomainError? ReviewConflict(ReviewLevel level) => level switch
    {
        ReviewLevel.Department => RefuseUnless(WorkOrderTexts.CommandReview, OrderStatus.Replied),
        _ when Data.Status == OrderStatus.Replied => Conflict(WorkOrderTexts.DepartmentReviewFirst),
        _ => RefuseUnless(WorkOrderTexts.CommandReview, OrderStatus.UnderReview),
    };

    /// <summary>
    /// A rejected reply did not finish the work: the lead's completion and same-day clocks that the reply stopped
    /// run again toward their original deadlines, so lateness on the redo still counts.
    /// </summary>
    private void ResumeClocksStoppedByReply()
    {
        if (LeadRecord is not { RepliedAt: { } repliedAt } record) return;
        foreach (var clock in Data.Clocks)
        {
            var stoppedByReply = clock.StoppedAt == repliedAt && clock.Outcome is not ClockOutcome.Cancelled
                && (clock.Name == ClockName.SameDay || (clock.Name == ClockName.Completion && clock.Department == record.Department));
            if (!stoppedByReply) continue;
            clock.StoppedAt = null;
            clock.Outcome = null;
        }
        record.RepliedAt = null;
    }
}
