using Hotline.Domain.Clocks;
using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.WorkOrders.Orders;

namespace Hotline.Domain.Tests.WorkOrders;

public sealed class WorkOrderClockTests
{
    [Fact]
    public void Return_after_the_window_is_a_conflict_and_changes_nothing()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));
        var windowEnd = Minutes(5) + FakeClockPlanner.ReturnWindowSpan;
        var before = Json(order);

        var result = order.Return(Lead, "不属于本单位职责", LeadHandler, windowEnd);

        Assert.Equal(DomainErrorKind.Conflict, result.Error?.Kind);
        Assert.Equal("已超过退单时限", result.Error?.Message);
        Assert.Equal(OrderStatus.Dispatched, result.Error?.CurrentStatus);
        Assert.Equal(before, Json(order));
        Ok(order.Return(Lead, "不属于本单位职责", LeadHandler, windowEnd.AddTicks(-1)));
    }

    [Fact]
    public void Return_cancels_every_running_clock_except_same_day()
    {
        var order = Receive(taskForce: "heating-2025");
        Ok(order.Dispatch(Lead, [CoHandler], Dispatcher, Minutes(5)));

        Ok(order.Return(Lead, "不属于本单位职责", LeadHandler, Minutes(20)));

        var running = Assert.Single(order.Data.Clocks, c => c.IsRunning);
        Assert.Equal(ClockName.SameDay, running.Name);
        Assert.All(order.Data.Clocks.Where(c => !c.IsRunning), c => Assert.Equal(ClockOutcome.Cancelled, c.Outcome));
    }

    [Fact]
    public void Co_handler_clocks_are_independent_of_the_lead()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [CoHandler], Dispatcher, Minutes(5)));

        Ok(order.Accept(CoHandler, "handler-d2", Minutes(10)));
        Assert.Equal(OrderStatus.Dispatched, order.Status);
        Assert.Equal(ClockOutcome.Met, ClocksOf(order, CoHandler, ClockName.Accept).Single().Outcome);
        Assert.True(ClocksOf(order, Lead, ClockName.Accept).Single().IsRunning);

        Ok(order.Reply(CoHandler, "已配合排查", [], false, "handler-d2", Minutes(20)));
        Assert.Equal(OrderStatus.Dispatched, order.Status);
        Assert.False(ClocksOf(order, CoHandler, ClockName.Completion).Single().IsRunning);
        Assert.True(ClocksOf(order, Lead, ClockName.Completion).Single().IsRunning);

        // The lead is late; the co-handler's finished clocks do not fire.
        var events = order.Tick(Minutes(5 + 30));
        Assert.All(events, e => Assert.Equal(Lead, e.Department));
        Assert.Contains(events, e => e.Signal == ClockSignal.Breach && e.Clock == ClockName.Accept);

        Ok(order.Accept(Lead, LeadHandler, Minutes(40)));
        Assert.Equal(ClockOutcome.Late, ClocksOf(order, Lead, ClockName.Accept).Single().Outcome);
        Assert.Equal(ClockOutcome.Met, ClocksOf(order, CoHandler, ClockName.Accept).Single().Outcome);
    }

    [Fact]
    public void Lead_accept_stops_accept_and_emergency_clocks_only()
    {
        var order = Receive(urgency: Urgency.LifeSafety);
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));

        Ok(order.Accept(Lead, LeadHandler, Minutes(10)));

        Assert.Equal(ClockOutcome.Met, ClocksOf(order, Lead, ClockName.Accept).Single().Outcome);
        Assert.Equal(ClockOutcome.Met, ClocksOf(order, Lead, ClockName.EmergencyAnswer).Single().Outcome);
        Assert.True(ClocksOf(order, Lead, ClockName.Completion).Single().IsRunning);
    }

    [Fact]
    public void Redispatch_cancels_the_old_handlers_clocks_and_hands_the_same_day_clock_over()
    {
        var planner = new FakeClockPlanner();
        var order = Receive(planner, taskForce: "heating-2025");
        Ok(order.Dispatch(Lead, [CoHandler], Dispatcher, Minutes(5)));
        var first = Assert.Single(order.Data.Clocks, c => c.Name == ClockName.SameDay);
        order.Tick(first.InstantOf(50));
        Ok(order.Return(Lead, "不属于本单位职责", LeadHandler, first.InstantOf(50).AddMinutes(1)));

        Ok(order.Dispatch("D3", [], Dispatcher, first.InstantOf(50).AddMinutes(2)));

        // The order's day keeps counting for the new lead: same start and due, 50 % already fired.
        var sameDay = Assert.Single(order.Data.Clocks, c => c.Name == ClockName.SameDay && c.IsRunning);
        Assert.Equal("D3", sameDay.Department);
        Assert.Equal((first.StartedAt, first.DueAt), (sameDay.StartedAt, sameDay.DueAt));
        Assert.Equal([50], sameDay.FiredPercents);
        Assert.Equal(ClockOutcome.Cancelled, first.Outcome);
        Assert.All(order.Data.Clocks.Where(c => c.Department is Lead or CoHandler),
            c => Assert.Equal(ClockOutcome.Cancelled, c.Outcome));
        Assert.All(order.Data.Handlers.Where(h => h.Department is Lead or CoHandler), h => Assert.False(h.Active));
        Assert.Equal(["D3"], order.Data.Handlers.Where(h => h.Active).Select(h => h.Department));
        Assert.Equal(
            [ClockName.SameDay, ClockName.Accept, ClockName.ReturnWindow, ClockName.Completion],
            order.Data.Clocks.Where(c => c.Department == "D3").Select(c => c.Name));
        Assert.Contains(planner.Calls, c => c.Trigger == ClockTrigger.DispatchedLead && c.Department == "D3");

        // The handed-over same-day clock stops with the new lead's reply.
        var dispatched = first.InstantOf(50).AddMinutes(2);
        Ok(order.Accept("D3", "handler-d3", dispatched.AddMinutes(5)));
        Ok(order.Reply("D3", "已处理", [], false, "handler-d3", dispatched.AddMinutes(10)));
        Assert.Equal(ClockOutcome.Met, sameDay.Outcome);
    }

    [Fact]
    public void Redispatch_from_reopened_cancels_the_reopen_clocks()
    {
        var (order, now) = InStatus(OrderStatus.Reopened);
        var reopenAccept = ClocksOf(order, Lead, ClockName.Accept).Single(c => c.IsRunning);

        Ok(order.Dispatch("D3", [], Dispatcher, now));

        Assert.Equal(ClockOutcome.Cancelled, reopenAccept.Outcome);
        Assert.Equal(OrderStatus.Dispatched, order.Status);
    }

    [Fact]
    public void Tick_records_each_threshold_once()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));
        var eventsBefore = order.Data.Events.Count;

        var first = order.Tick(Minutes(5 + 15));

        var warning = Assert.Single(first);
        Assert.Equal((ClockName.Accept, 50, ClockSignal.Warning), (warning.Clock, warning.Percent, warning.Signal));
        var audit = order.Data.Events[^1];
        Assert.Equal(("clock-warning", "accept 50%", Lead, AuditActions.SystemActor, Minutes(20)),
            (audit.Action, audit.Reason, audit.Department, audit.Actor, audit.At));
        Assert.Null(audit.From);
        Assert.Equal(eventsBefore + 1, order.Data.Events.Count);
        Assert.Equal(OrderStatus.Dispatched, order.Status);

        var before = Json(order);
        Assert.Empty(order.Tick(Minutes(20)));
        Assert.Equal(before, Json(order));

        var later = order.Tick(Minutes(5 + 45));
        // The accept clock's breach flags the order as a typical case of slow response (慢作为), once.
        Assert.Equal(["clock-warning", "clock-warning", "clock-breach", "clock-escalation", "typical-case"],
            order.Data.Events.Skip(eventsBefore + 1).Select(e => e.Action));
        Assert.Equal([75, 90, 100, 150], later.Select(e => e.Percent));
        Assert.Equal(OrderStatus.Dispatched, order.Status);
    }

    [Fact]
    public void A_command_collects_thresholds_that_passed_before_it()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));

        var accepted = Ok(order.Accept(Lead, LeadHandler, Minutes(40)));

        Assert.Equal([50, 75, 90, 100], accepted.ClockEvents.Select(e => e.Percent));
        Assert.Equal(["clock-warning", "clock-warning", "clock-warning", "clock-breach", "typical-case", "accepted"],
            accepted.Events.Select(e => e.Action));
        Assert.Equal(ClockOutcome.Late, ClocksOf(order, Lead, ClockName.Accept).Single().Outcome);
        Assert.Empty(order.Tick(Minutes(40)));
    }

    [Fact]
    public void Deadline_queries_follow_running_duties()
    {
        var order = Receive();
        Assert.Null(order.NextDeadline);
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));

        Assert.Equal(Minutes(20), order.NextDeadline);
        Assert.False(order.IsOverdue(Minutes(35)));
        Assert.True(order.IsOverdue(Minutes(35).AddTicks(1)));

        Ok(order.Accept(Lead, LeadHandler, Minutes(10)));
        Assert.Equal(Minutes(5) + FakeClockPlanner.CompletionSpan / 2, order.NextDeadline);
        // The return window is a right, not a duty: past its end the order is not overdue.
        Assert.False(order.IsOverdue(Minutes(5) + FakeClockPlanner.ReturnWindowSpan + TimeSpan.FromHours(1)));
    }

    [Fact]
    public void The_return_window_never_warns_and_closes_at_its_end()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));
        Ok(order.Accept(Lead, LeadHandler, Minutes(10)));
        var window = ClocksOf(order, Lead, ClockName.ReturnWindow).Single();

        var events = order.Tick(window.DueAt.AddHours(1));

        Assert.DoesNotContain(events, e => e.Clock == ClockName.ReturnWindow);
        Assert.Equal((window.DueAt, ClockOutcome.Met), (window.StoppedAt, window.Outcome));
    }

    [Fact]
    public void A_failed_review_resumes_the_clocks_the_reply_stopped()
    {
        var order = Receive(taskForce: "heating-2025");
        Ok(order.Dispatch(Lead, [CoHandler], Dispatcher, Minutes(5)));
        Ok(order.Accept(Lead, LeadHandler, Minutes(10)));
        Ok(order.Accept(CoHandler, "handler-d2", Minutes(10)));
        Ok(order.Reply(CoHandler, "已配合", [], false, "handler-d2", Minutes(60)));
        Ok(order.Reply(Lead, "已处理", [], false, LeadHandler, Minutes(60)));
        var completion = ClocksOf(order, Lead, ClockName.Completion).Single();
        var sameDay = order.Data.Clocks.Single(c => c.Name == ClockName.SameDay);
        var (completionDue, sameDayDue) = (completion.DueAt, sameDay.DueAt);

        Ok(order.Review(ReviewLevel.Department, false, ["缺少照片"], "dept-reviewer", Minutes(90)));

        Assert.True(completion.IsRunning);
        Assert.True(sameDay.IsRunning);
        Assert.Null(completion.Outcome);
        Assert.Equal((completionDue, sameDayDue), (completion.DueAt, sameDay.DueAt));
        Assert.False(ClocksOf(order, CoHandler, ClockName.Completion).Single().IsRunning);

        // The redo is late against the original same-day deadline.
        Ok(order.Reply(Lead, "已处理，附照片", ["photo.jpg"], false, LeadHandler, sameDayDue.AddMinutes(1)));
        Assert.Equal(ClockOutcome.Late, sameDay.Outcome);
    }

    [Fact]
    public void Centre_approval_starts_the_callback_clock_and_callback_stops_it()
    {
        var (order, now) = InStatus(OrderStatus.UnderReview);

        Ok(order.Review(ReviewLevel.Centre, true, [], "centre-reviewer", now));
        var callback = ClocksOf(order, null, ClockName.Callback).Single();
        Assert.Equal(now + FakeClockPlanner.CallbackSpan, callback.DueAt);

        Ok(order.Callback(Satisfaction.Dissatisfied, null, "callback-1", now.AddHours(1)));
        Assert.Equal(ClockOutcome.Met, callback.Outcome);
        Assert.Equal(OrderStatus.Reopened, order.Status);
    }

    [Fact]
    public void Only_one_same_day_clock_runs_per_order()
    {
        var order = Receive(taskForce: "heating-2025");

        Ok(order.Dispatch(Lead, [CoHandler], Dispatcher, Minutes(5)));

        var sameDay = Assert.Single(order.Data.Clocks, c => c.Name == ClockName.SameDay);
        Assert.Equal(Lead, sameDay.Department);
    }
}
