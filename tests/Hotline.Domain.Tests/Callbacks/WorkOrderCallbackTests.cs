using Hotline.Domain.Callbacks;
using Hotline.Domain.Clocks;
using Hotline.Domain.Tests.WorkOrders;
using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.WorkOrders.Orders;

namespace Hotline.Domain.Tests.Callbacks;

/// <summary>回访: each outcome, 实际解决, unreachable retries across quiet hours, and closing after the last try.</summary>
public sealed class WorkOrderCallbackTests
{
    private const string Caller = "callback-1";

    /// <summary>Orders.T0 is 09:00 local; the centre approves at 12:00 (Minutes(180)), inside the lunch break.</summary>
    private static DateTimeOffset LocalToday(int hour, int minute) =>
        new(T0.Date.AddHours(hour).AddMinutes(minute), TimeSpan.FromHours(8));

    [Theory]
    [InlineData(CallbackOutcome.Satisfied, OrderStatus.Closed, Satisfaction.Satisfied, true)]
    [InlineData(CallbackOutcome.BasicallySatisfied, OrderStatus.Closed, Satisfaction.BasicallySatisfied, true)]
    [InlineData(CallbackOutcome.Dissatisfied, OrderStatus.Reopened, Satisfaction.Dissatisfied, false)]
    public void A_reached_caller_closes_or_reopens_and_resolution_follows_the_outcome(
        CallbackOutcome outcome, OrderStatus status, Satisfaction satisfaction, bool resolved)
    {
        var (order, now) = InStatus(OrderStatus.PendingCallback);

        var result = Ok(order.Callback(outcome, resolved: null, "电话回访", Caller, now));

        Assert.Equal(status, order.Status);
        Assert.Equal(satisfaction, order.Data.LastSatisfaction);
        Assert.Equal(resolved, order.Data.Resolved);
        Assert.Null(order.Data.NextCallbackAt);
        var attempt = Assert.Single(order.Data.CallbackAttempts);
        Assert.Equal((now, Caller, outcome, "电话回访", (bool?)resolved, (bool?)null),
            (attempt.At, attempt.Actor, attempt.Outcome, attempt.Note, attempt.Resolved, attempt.StatedResolved));
        Assert.Equal(AuditActions.Callback, result.Events[0].Action);
        Assert.Equal(result.Events[0].Sequence, attempt.Sequence);
        Assert.All(order.Data.Clocks.Where(c => c.Name == ClockName.Callback), c => Assert.False(c.IsRunning));
        if (status == OrderStatus.Reopened) Assert.Equal(1, order.Data.ReopenCount);
    }

    [Fact]
    public void Satisfied_but_not_solved_closes_on_paper_only()
    {
        var (order, now) = InStatus(OrderStatus.PendingCallback);

        var result = Ok(order.Callback(CallbackOutcome.Satisfied, resolved: false, "态度好，但暖气仍不热", Caller, now));

        Assert.Equal(OrderStatus.Closed, order.Status);
        Assert.Equal(Satisfaction.Satisfied, order.Data.LastSatisfaction);
        Assert.False(order.Data.Resolved);
        Assert.Equal("满意，问题未实际解决：态度好，但暖气仍不热", result.Events[0].Reason);
        Assert.False(order.Data.CallbackAttempts.Single().StatedResolved);
    }

    [Fact]
    public void Dissatisfied_with_the_problem_solved_still_reopens()
    {
        var (order, now) = InStatus(OrderStatus.PendingCallback);

        Ok(order.Callback(CallbackOutcome.Dissatisfied, resolved: true, "修好了，但拖了太久", Caller, now));

        Assert.Equal(OrderStatus.Reopened, order.Status);
        Assert.True(order.Data.Resolved);
    }

    [Fact]
    public void Approval_in_quiet_hours_is_offered_from_the_next_window()
    {
        var (order, _) = InStatus(OrderStatus.PendingCallback);

        // Approved at 12:00 local: the lunch break, so the queue offers it at 14:30.
        Assert.Equal(LocalToday(12, 0), order.Data.Events.Last(e => e.To == OrderStatus.PendingCallback).At);
        Assert.Equal(LocalToday(14, 30), order.Data.NextCallbackAt);
    }

    [Fact]
    public void Unreachable_keeps_the_order_pending_and_schedules_the_retry_inside_a_window()
    {
        var (order, _) = InStatus(OrderStatus.PendingCallback);
        var callbackClock = order.Data.Clocks.Single(c => c.Name == ClockName.Callback);

        // Tried at 19:00: 21:00 is night, so the next try is 08:30 the next morning.
        var result = Ok(order.Callback(CallbackOutcome.Unreachable, resolved: null, "无人接听", Caller, LocalToday(19, 0)));

        Assert.Equal(OrderStatus.PendingCallback, order.Status);
        Assert.Equal(LocalToday(8, 30).AddDays(1), order.Data.NextCallbackAt);
        var audit = Assert.Single(result.Events);
        Assert.Equal((AuditActions.CallbackUnreachable, Lead, (OrderStatus?)null), (audit.Action, audit.Department, audit.To));
        Assert.Contains("第1次回访无法联系", audit.Reason);
        Assert.Contains("2025-01-07 08:30", audit.Reason);
        Assert.True(callbackClock.IsRunning);
        Assert.Null(order.Data.LastSatisfaction);
        Assert.Null(order.Data.Resolved);
        Assert.Equal(CallbackOutcome.Unreachable, order.Data.CallbackAttempts.Single().Outcome);
    }

    [Fact]
    public void The_third_unreachable_attempt_closes_the_order_as_unreachable()
    {
        var (order, _) = InStatus(OrderStatus.PendingCallback);
        Ok(order.Callback(CallbackOutcome.Unreachable, null, null, Caller, LocalToday(15, 0)));
        Assert.Equal(LocalToday(17, 0), order.Data.NextCallbackAt);
        Ok(order.Callback(CallbackOutcome.Unreachable, null, null, Caller, LocalToday(17, 0)));
        Assert.Equal(LocalToday(19, 0), order.Data.NextCallbackAt);
        Assert.Equal(OrderStatus.PendingCallback, order.Status);

        var last = Ok(order.Callback(CallbackOutcome.Unreachable, null, "关机", Caller, LocalToday(19, 0)));

        Assert.Equal(OrderStatus.Closed, order.Status);
        Assert.Equal([AuditActions.CallbackUnreachable, AuditActions.Closed], last.Events.Select(e => e.Action));
        Assert.Equal("3次回访均无法联系，按无法联系办结", last.Events[^1].Reason);
        Assert.Null(order.Data.LastSatisfaction);
        Assert.Null(order.Data.Resolved);
        Assert.Null(order.Data.NextCallbackAt);
        Assert.Equal(3, order.Data.CallbackAttempts.Count);
        Assert.DoesNotContain(order.Data.Clocks, c => c.IsRunning);
    }

    [Fact]
    public void A_reopened_order_starts_a_new_round_of_attempts()
    {
        var (order, _) = InStatus(OrderStatus.PendingCallback);
        Ok(order.Callback(CallbackOutcome.Unreachable, null, null, Caller, LocalToday(15, 0)));
        Ok(order.Callback(CallbackOutcome.Unreachable, null, null, Caller, LocalToday(17, 0)));
        var day2 = LocalToday(9, 0).AddDays(1);
        Ok(order.Callback(CallbackOutcome.Dissatisfied, null, "仍不热", Caller, day2));
        Ok(order.Accept(Lead, LeadHandler, day2.AddHours(1)));
        Ok(order.Reply(Lead, "再次维修", [], false, LeadHandler, day2.AddHours(2)));
        Ok(order.Review(ReviewLevel.Department, true, [], "dept-reviewer", day2.AddHours(3)));
        Ok(order.Review(ReviewLevel.Centre, true, [], "centre-reviewer", day2.AddHours(4)));

        Ok(order.Callback(CallbackOutcome.Unreachable, null, null, Caller, day2.AddHours(5)));

        // Only the first unanswered call of the new round: the two before the reopening do not count.
        Assert.Equal(OrderStatus.PendingCallback, order.Status);
        Assert.Equal(1, order.UnreachableAttemptsThisRound);
    }

    [Fact]
    public void A_callback_in_quiet_hours_is_recorded_not_refused()
    {
        var (order, _) = InStatus(OrderStatus.PendingCallback);

        Ok(order.Callback(CallbackOutcome.Satisfied, null, null, Caller, LocalToday(23, 30)));

        Assert.Equal(OrderStatus.Closed, order.Status);
    }

    [Theory]
    [InlineData(OrderStatus.UnderReview)]
    [InlineData(OrderStatus.Closed)]
    public void Unreachable_outside_pending_callback_is_a_conflict(OrderStatus status)
    {
        var (order, now) = InStatus(status);
        var before = Json(order);

        var result = order.Callback(CallbackOutcome.Unreachable, null, null, Caller, now);

        Assert.Equal(DomainErrorKind.Conflict, result.Error?.Kind);
        Assert.Equal(before, Json(order));
    }

    [Fact]
    public void An_undefined_outcome_is_invalid_naming_satisfaction()
    {
        var (order, now) = InStatus(OrderStatus.PendingCallback);

        var result = order.Callback((CallbackOutcome)42, null, null, Caller, now);

        Assert.Equal(DomainErrorKind.Invalid, result.Error?.Kind);
        Assert.True(result.Error!.FieldErrors.ContainsKey("satisfaction"));
    }
}
