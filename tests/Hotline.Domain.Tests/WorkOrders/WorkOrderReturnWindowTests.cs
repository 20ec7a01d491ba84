using Hotline.Domain.Clocks;
using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.WorkOrders.Orders;

namespace Hotline.Domain.Tests.WorkOrders;

public sealed class WorkOrderReturnWindowTests
{
    [Fact]
    public void The_return_window_closes_at_its_end_silently_and_is_a_timer_target()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));
        Ok(order.Accept(Lead, LeadHandler, Minutes(10)));
        Ok(order.Reply(Lead, "已处理", [], false, LeadHandler, Minutes(20)));
        var windowEnd = Minutes(5) + FakeClockPlanner.ReturnWindowSpan;

        // Only the return window still runs: the next deadline is its end, not "nothing".
        Assert.Equal(windowEnd, order.NextDeadline);
        var events = order.Data.Events.Count;

        Assert.Empty(order.Tick(windowEnd));

        var window = Assert.Single(order.Data.Clocks, c => c.Name == ClockName.ReturnWindow);
        Assert.Equal(ClockOutcome.Met, window.Outcome);
        Assert.Equal(windowEnd, window.StoppedAt);
        Assert.Equal(events, order.Data.Events.Count);
        Assert.Null(order.NextDeadline);
        Assert.False(order.IsOverdue(windowEnd.AddDays(1)));
        Assert.False(WorkOrder.IsOverdueAt(order.Data, windowEnd.AddDays(1)));
    }
}
