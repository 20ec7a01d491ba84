using Hotline.Domain.Clocks;
using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.WorkOrders.Orders;

namespace Hotline.Domain.Tests.WorkOrders;

public sealed class WorkOrderLongPathTests
{
    private static readonly DateTimeOffset Day1 = T0.AddDays(1);

    [Fact]
    public void Return_redispatch_extension_failed_review_and_reopen_end_closed()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));
        Ok(order.Return(Lead, "不属于本单位职责", LeadHandler, Minutes(12)));
        Assert.Equal(OrderStatus.Returned, order.Status);

        var redispatch = Ok(order.Dispatch("D3", [], Dispatcher, Minutes(30)));
        Assert.Equal("改派，原主办单位：D1", redispatch.Events[0].Reason);
        Ok(order.Accept("D3", "handler-d3", Minutes(35)));

        var completion = Assert.Single(ClocksOf(order, "D3", ClockName.Completion));
        var until = Minutes(30) + TimeSpan.FromDays(4);
        Ok(order.RequestExtension("D3", until, "需协调燃气公司停气检修", "handler-d3", Minutes(60)));
        Assert.Equal(until, order.Data.PendingExtension?.Until);
        Ok(order.DecideExtension(true, "情况属实", "centre-1", Minutes(120)));
        Assert.Equal(until, completion.DueAt);
        Assert.Null(order.Data.PendingExtension);

        Ok(order.Reply("D3", "已协调检修", [], false, "handler-d3", Day1));
        Assert.Equal(ClockOutcome.Met, completion.Outcome);
        var failed = Ok(order.Review(ReviewLevel.Department, false, ["缺少现场照片", "未说明复查时间"], "dept-reviewer", Day1.AddHours(1)));
        Assert.Equal("部门审核未通过：缺少现场照片；未说明复查时间", failed.Events[^1].Reason);
        Assert.Equal(OrderStatus.Accepted, order.Status);
        Assert.True(completion.IsRunning);
        Assert.Equal(until, completion.DueAt);

        Ok(order.Reply("D3", "已协调检修，附照片", ["photo-2.jpg"], false, "handler-d3", Day1.AddHours(2)));
        Ok(order.Review(ReviewLevel.Department, true, [], "dept-reviewer", Day1.AddHours(3)));
        Ok(order.Review(ReviewLevel.Centre, true, [], "centre-reviewer", Day1.AddHours(4)));
        var reopened = Ok(order.Callback(Satisfaction.Dissatisfied, "仍然不热", "callback-1", Day1.AddHours(5)));
        Assert.Equal(["callback", "reopened"], reopened.Events.Select(e => e.Action));
        Assert.Equal(OrderStatus.Reopened, order.Status);
        Assert.Equal(1, order.Data.ReopenCount);
        var lead = order.Data.Handlers.Single(h => h.Active && h.Role == HandlerRole.Lead);
        Assert.Null(lead.AcceptedAt);
        Assert.Null(lead.RepliedAt);
        Assert.Single(ClocksOf(order, "D3", ClockName.Accept), c => c.IsRunning && c.StartedAt == Day1.AddHours(5));

        Ok(order.Accept("D3", "handler-d3", Day1.AddHours(5).AddMinutes(10)));
        Ok(order.Reply("D3", "更换阀门，室温 20 度", ["photo-3.jpg"], true, "handler-d3", Day1.AddHours(6)));
        Ok(order.Review(ReviewLevel.Department, true, [], "dept-reviewer", Day1.AddHours(7)));
        Ok(order.Review(ReviewLevel.Centre, true, [], "centre-reviewer", Day1.AddHours(8)));
        Ok(order.Callback(Satisfaction.BasicallySatisfied, null, "callback-1", Day1.AddHours(9)));

        Assert.Equal(OrderStatus.Closed, order.Status);
        Assert.Equal(
        [
            "received", "queued", "dispatched", "returned", "dispatched", "accepted",
            "extension-requested", "extension-approved", "replied", "review-failed", "replied",
            "review-passed", "review-passed", "callback", "reopened",
            "accepted", "replied", "review-passed", "review-passed", "callback", "closed",
        ], order.Data.Events.Select(e => e.Action));
        Assert.Equal(Enumerable.Range(1, order.Data.Events.Count).Select(i => (long)i), order.Data.Events.Select(e => e.Sequence));
        var returned = order.Data.Events[3];
        Assert.Equal((OrderStatus.Dispatched, OrderStatus.Returned, "不属于本单位职责", Lead, LeadHandler),
            (returned.From!.Value, returned.To!.Value, returned.Reason, returned.Department, returned.Actor));
        Assert.Equal(3, order.Data.Replies.Count(r => r.Department == "D3"));
        Assert.All(order.Data.Clocks, c => Assert.False(c.IsRunning));
        Assert.Equal([Lead, "D3"], order.Data.Handlers.Select(h => h.Department));
    }

    [Fact]
    public void Redispatch_after_return_to_the_same_lead_means_the_department_keeps_it()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));
        Ok(order.Return(Lead, "不属于本单位职责", LeadHandler, Minutes(20)));

        var kept = Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(30)));

        Assert.Equal("中心裁定由原承办单位继续办理", kept.Events[0].Reason);
        Assert.Equal(OrderStatus.Dispatched, order.Status);
        Assert.Single(ClocksOf(order, Lead, ClockName.Accept), c => c.IsRunning);
        Ok(order.Accept(Lead, LeadHandler, Minutes(35)));
    }

    [Fact]
    public void Denied_extension_leaves_the_deadline()
    {
        var (order, now) = InStatus(OrderStatus.Accepted);
        var completion = ClocksOf(order, Lead, ClockName.Completion).Single(c => c.IsRunning);
        var due = completion.DueAt;
        Ok(order.RequestExtension(Lead, due.AddDays(3), "需要采购配件", LeadHandler, now));

        var denied = Ok(order.DecideExtension(false, "可先临时处置", "centre-1", now.AddMinutes(1)));

        Assert.Equal("extension-denied", denied.Events[^1].Action);
        Assert.Equal("不同意延期：可先临时处置", denied.Events[^1].Reason);
        Assert.Equal(due, completion.DueAt);
        Assert.Null(order.Data.PendingExtension);
    }

    [Fact]
    public void Approved_extension_rearms_thresholds_ahead_of_the_new_deadline()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));
        Ok(order.Accept(Lead, LeadHandler, Minutes(10)));
        var completion = ClocksOf(order, Lead, ClockName.Completion).Single(c => c.IsRunning);
        var lateNow = completion.DueAt.AddHours(1);
        order.Tick(lateNow);
        Assert.Contains(100, completion.FiredPercents);
        var until = completion.StartedAt + TimeSpan.FromDays(10);
        Ok(order.RequestExtension(Lead, until, "需要采购配件", LeadHandler, lateNow));

        Ok(order.DecideExtension(true, null, "centre-1", lateNow));

        Assert.Empty(completion.FiredPercents);
        Assert.False(order.IsOverdue(lateNow));
        Assert.Equal(completion.InstantOf(50), order.NextDeadline);
    }
}
