using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.WorkOrders.Orders;

namespace Hotline.Domain.Tests.WorkOrders;

/// <summary>The instants the live screens count "today" by, read from the audit trail.</summary>
public sealed class OrderMilestonesTests
{
    [Fact]
    public void Nothing_is_dispatched_or_completed_at_intake()
    {
        var order = Receive();
        Assert.Null(OrderMilestones.FirstDispatchedAt(order.Data));
        Assert.Null(OrderMilestones.CompletedAt(order.Data));
    }

    [Fact]
    public void The_first_dispatch_counts_even_after_a_return_and_re_dispatch()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));
        Ok(order.Return(Lead, "不属于本单位职责", LeadHandler, Minutes(8)));
        Ok(order.Dispatch(CoHandler, [], Dispatcher, Minutes(20)));
        Assert.Equal(Minutes(5), OrderMilestones.FirstDispatchedAt(order.Data));
    }

    [Fact]
    public void Completion_is_the_reply_and_stays_through_the_reviews()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));
        Ok(order.Accept(Lead, LeadHandler, Minutes(10)));
        Ok(order.Reply(Lead, "已维修管道，温度恢复", [], false, LeadHandler, Minutes(60)));
        Assert.Equal(Minutes(60), OrderMilestones.CompletedAt(order.Data));
        Ok(order.Review(ReviewLevel.Department, true, [], "dept-reviewer", Minutes(120)));
        Ok(order.Review(ReviewLevel.Centre, true, [], "centre-reviewer", Minutes(180)));
        Assert.Equal(Minutes(60), OrderMilestones.CompletedAt(order.Data));
    }

    [Fact]
    public void A_reopened_order_is_open_again_until_it_is_replied_again()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Minutes(5)));
        Ok(order.Accept(Lead, LeadHandler, Minutes(10)));
        Ok(order.Reply(Lead, "已维修", [], false, LeadHandler, Minutes(60)));
        Ok(order.Review(ReviewLevel.Department, true, [], "dept-reviewer", Minutes(120)));
        Ok(order.Review(ReviewLevel.Centre, true, [], "centre-reviewer", Minutes(180)));
        Ok(order.Callback(Satisfaction.Dissatisfied, "仍然不热", "callback-1", Minutes(240)));
        Assert.Null(OrderMilestones.CompletedAt(order.Data));

        Ok(order.Accept(Lead, LeadHandler, Minutes(250)));
        Ok(order.Reply(Lead, "更换阀门后恢复", [], true, LeadHandler, Minutes(300)));
        Assert.Equal(Minutes(300), OrderMilestones.CompletedAt(order.Data));
    }

    [Fact]
    public void A_direct_answer_completes_on_the_call()
    {
        var order = Receive();
        Ok(order.Answer("已告知供热公司热线", Seat, Minutes(2)));
        Assert.Equal(Minutes(2), OrderMilestones.CompletedAt(order.Data));
    }
}
