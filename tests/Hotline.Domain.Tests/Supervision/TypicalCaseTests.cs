using Hotline.Domain.Callbacks;
using Hotline.Domain.Supervision;
using Hotline.Domain.Tests.WorkOrders;
using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.WorkOrders.Orders;

namespace Hotline.Domain.Tests.Supervision;

/// <summary>典型问题: each flag from the history, recorded once with an audit event for the lead's department.</summary>
public sealed class TypicalCaseTests
{
    private static void AssertFlaggedOnce(WorkOrder order, string code)
    {
        Assert.Contains(code, TypicalCases.Of(order.Data));
        Assert.Contains(code, order.Data.TypicalCases);
        var audit = Assert.Single(order.Data.Events, e => e.Action == AuditActions.TypicalCase && e.Reason == code);
        Assert.Equal(AuditActions.SystemActor, audit.Actor);
    }

    [Fact]
    public void An_order_handled_in_time_has_no_flags()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));
        Ok(order.Accept(Lead, LeadHandler, Minutes(10)));
        Ok(order.Reply(Lead, "已维修", [], false, LeadHandler, Minutes(60)));
        Ok(order.Review(ReviewLevel.Department, true, [], "dept-reviewer", Minutes(70)));
        Ok(order.Review(ReviewLevel.Centre, true, [], "centre-reviewer", Minutes(80)));
        Ok(order.Callback(CallbackOutcome.Satisfied, null, null, "callback-1", Minutes(90)));

        Assert.Empty(TypicalCases.Of(order.Data));
        Assert.DoesNotContain(order.Data.Events, e => e.Action == AuditActions.TypicalCase);
    }

    [Fact]
    public void Returned_twice_is_push_back()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));
        Ok(order.Return(Lead, "不属于本单位职责", LeadHandler, Minutes(8)));
        Ok(order.Dispatch("D3", [], Dispatcher, Minutes(9)));
        Assert.Empty(order.Data.TypicalCases);

        var second = Ok(order.Return("D3", "应由属地处理", "handler-d3", Minutes(12)));

        AssertFlaggedOnce(order, TypicalCaseCodes.PushBack);
        Assert.Equal((AuditActions.TypicalCase, "D3"), (second.Events[^1].Action, second.Events[^1].Department));
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(13)));
        Ok(order.Return(Lead, "仍不属于本单位职责", LeadHandler, Minutes(14)));
        AssertFlaggedOnce(order, TypicalCaseCodes.PushBack);
    }

    [Fact]
    public void A_late_accept_is_slow_response()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));

        Ok(order.Accept(Lead, LeadHandler, Minutes(5) + FakeClockPlanner.AcceptSpan + TimeSpan.FromMinutes(1)));

        AssertFlaggedOnce(order, TypicalCaseCodes.SlowResponse);
        Assert.Equal([TypicalCaseCodes.SlowResponse], order.Data.TypicalCases);
    }

    [Fact]
    public void A_breached_completion_clock_is_overdue_even_when_not_yet_replied()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));
        Ok(order.Accept(Lead, LeadHandler, Minutes(10)));
        order.Tick(Minutes(5) + FakeClockPlanner.CompletionSpan);

        AssertFlaggedOnce(order, TypicalCaseCodes.Overdue);
        Assert.Equal(Lead, order.Data.Events.Single(e => e.Action == AuditActions.TypicalCase).Department);
    }

    [Fact]
    public void A_breached_same_day_clock_is_overdue()
    {
        var order = Receive(taskForce: "HEATING");
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));
        Ok(order.Accept(Lead, LeadHandler, Minutes(10)));

        order.Tick(Minutes(5) + FakeClockPlanner.SameDaySpan);

        AssertFlaggedOnce(order, TypicalCaseCodes.Overdue);
    }

    [Theory]
    [InlineData("答复敷衍，未上门核实")]
    [InlineData("perfunctory")]
    public void A_centre_review_failed_as_perfunctory_is_perfunctory(string reason)
    {
        var (order, now) = InStatus(OrderStatus.UnderReview);

        Ok(order.Review(ReviewLevel.Centre, false, ["缺少照片", reason], "centre-reviewer", now));

        AssertFlaggedOnce(order, TypicalCaseCodes.Perfunctory);
    }

    [Fact]
    public void A_department_review_failed_as_perfunctory_is_not_the_centres_finding()
    {
        var (order, now) = InStatus(OrderStatus.Replied);

        Ok(order.Review(ReviewLevel.Department, false, ["答复敷衍"], "dept-reviewer", now));

        Assert.DoesNotContain(TypicalCaseCodes.Perfunctory, order.Data.TypicalCases);
    }

    [Fact]
    public void A_dissatisfied_caller_saying_the_problem_is_not_solved_is_perfunctory()
    {
        var (order, now) = InStatus(OrderStatus.PendingCallback);

        Ok(order.Callback(CallbackOutcome.Dissatisfied, resolved: false, "根本没人来修", "callback-1", now));

        AssertFlaggedOnce(order, TypicalCaseCodes.Perfunctory);
        Assert.Equal(OrderStatus.Reopened, order.Status);
    }

    [Fact]
    public void Dissatisfaction_alone_is_a_redo_not_perfunctory()
    {
        var (order, now) = InStatus(OrderStatus.PendingCallback);

        Ok(order.Callback(CallbackOutcome.Dissatisfied, resolved: null, "太慢", "callback-1", now));

        Assert.DoesNotContain(TypicalCaseCodes.Perfunctory, TypicalCases.Of(order.Data));
    }

    [Fact]
    public void Flags_accumulate_in_the_order_they_appear()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));
        order.Tick(Minutes(5) + FakeClockPlanner.CompletionSpan);

        // Accept and completion both breached at the same tick: both flags, each once, in report order.
        Assert.Equal([TypicalCaseCodes.SlowResponse, TypicalCaseCodes.Overdue], order.Data.TypicalCases);
        Assert.Equal(2, order.Data.Events.Count(e => e.Action == AuditActions.TypicalCase));
        Assert.Empty(order.Tick(Minutes(5) + FakeClockPlanner.CompletionSpan));
        Assert.Equal(2, order.Data.Events.Count(e => e.Action == AuditActions.TypicalCase));
    }
}
