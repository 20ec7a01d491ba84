using Hotline.Domain.Clocks;
using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.WorkOrders.Orders;

namespace Hotline.Domain.Tests.WorkOrders;

public sealed class WorkOrderHappyPathTests
{
    [Fact]
    public void Intake_to_closed_leaves_a_complete_audit_trail()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));
        Ok(order.Accept(Lead, LeadHandler, Minutes(10)));
        Ok(order.Reply(Lead, "已维修管道，温度恢复", ["photo-1.jpg"], true, LeadHandler, Minutes(60)));
        Ok(order.Review(ReviewLevel.Department, true, [], "dept-reviewer", Minutes(120)));
        Ok(order.Review(ReviewLevel.Centre, true, [], "centre-reviewer", Minutes(180)));
        Ok(order.Callback(Satisfaction.Satisfied, "师傅很专业", "callback-1", Minutes(240)));

        Assert.Equal(OrderStatus.Closed, order.Status);
        Assert.True(order.IsTerminal);
        Assert.True(order.Data.FinalReply);
        Assert.Equal(Satisfaction.Satisfied, order.Data.LastSatisfaction);

        (string Action, OrderStatus? From, OrderStatus? To, string Actor, string? Reason, string? Department, DateTimeOffset At)[] expected =
        [
            ("received", null, OrderStatus.Received, Seat, null, null, T0),
            ("queued", OrderStatus.Received, OrderStatus.PendingDispatch, Seat, null, null, T0),
            ("dispatched", OrderStatus.PendingDispatch, OrderStatus.Dispatched, Dispatcher, null, Lead, Minutes(5)),
            ("accepted", OrderStatus.Dispatched, OrderStatus.Accepted, LeadHandler, null, Lead, Minutes(10)),
            ("replied", OrderStatus.Accepted, OrderStatus.Replied, LeadHandler, "最终答复", Lead, Minutes(60)),
            ("review-passed", OrderStatus.Replied, OrderStatus.UnderReview, "dept-reviewer", "部门审核通过", Lead, Minutes(120)),
            ("review-passed", OrderStatus.UnderReview, OrderStatus.PendingCallback, "centre-reviewer", "中心审核通过", Lead, Minutes(180)),
            ("callback", null, null, "callback-1", "满意：师傅很专业", Lead, Minutes(240)),
            ("closed", OrderStatus.PendingCallback, OrderStatus.Closed, "callback-1", null, Lead, Minutes(240)),
        ];
        Assert.Equal(expected.Length, order.Data.Events.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var e = order.Data.Events[i];
            Assert.Equal(i + 1, e.Sequence);
            Assert.Equal(expected[i], (e.Action, e.From, e.To, e.Actor, e.Reason, e.Department, e.At));
        }
        Assert.Equal(expected.Length, order.Version);

        Assert.All(order.Data.Clocks, c => Assert.False(c.IsRunning));
        Assert.DoesNotContain(order.Data.Clocks, c => c.Outcome == ClockOutcome.Late);
        Assert.Single(ClocksOf(order, null, ClockName.Callback));
        Assert.Null(order.NextDeadline);
    }

    [Fact]
    public void Receive_queues_the_order_with_two_events()
    {
        var order = Receive();

        Assert.Equal(OrderStatus.PendingDispatch, order.Status);
        Assert.Equal(T0, order.Data.ReceivedAt);
        Assert.Equal(Intake().Title, order.Data.Title);
        Assert.Equal(["received", "queued"], order.Data.Events.Select(e => e.Action));
        Assert.Empty(order.Data.Clocks);
    }

    [Fact]
    public void Each_command_returns_exactly_the_events_it_appended()
    {
        var order = Receive();
        var dispatched = Ok(order.Dispatch(Lead, [CoHandler], Dispatcher, Minutes(5)));
        var coAccepted = Ok(order.Accept(CoHandler, "handler-d2", Minutes(6)));

        Assert.Equal([3L], dispatched.Events.Select(e => e.Sequence));
        var e = Assert.Single(coAccepted.Events);
        Assert.Equal((4L, "accepted", (OrderStatus?)null, (OrderStatus?)null, CoHandler), (e.Sequence, e.Action, e.From, e.To, e.Department));
        Assert.Equal(OrderStatus.Dispatched, order.Status);
        Assert.Empty(coAccepted.ClockEvents);
    }

    [Fact]
    public void Status_texts_are_chinese()
    {
        Assert.Equal("办结", WorkOrderTexts.OrderStatusText(OrderStatus.Closed));
        Assert.Equal("重办", WorkOrderTexts.OrderStatusText(OrderStatus.Reopened));
        Assert.All(Enum.GetValues<OrderStatus>(), s => Assert.NotEqual(s.ToString(), WorkOrderTexts.OrderStatusText(s)));
    }
}
