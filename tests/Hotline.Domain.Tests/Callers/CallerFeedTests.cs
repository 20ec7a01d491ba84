using Hotline.Domain.Callers;
using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.Callers.Facts;

namespace Hotline.Domain.Tests.Callers;

/// <summary>Which order events reach a caller's history, and how an open order's status is brought up to date when shown.</summary>
public sealed class CallerFeedTests
{
    [Theory]
    [InlineData(AuditActions.Received, OrderStatus.Received)]
    [InlineData(AuditActions.Queued, OrderStatus.PendingDispatch)]
    [InlineData(AuditActions.Answered, OrderStatus.DirectlyAnswered)]
    [InlineData(AuditActions.Replied, OrderStatus.Replied)]
    [InlineData(AuditActions.Callback, OrderStatus.Closed)]
    [InlineData(AuditActions.Callback, OrderStatus.Reopened)]
    [InlineData(AuditActions.Reopened, OrderStatus.Reopened)]
    [InlineData(AuditActions.Closed, OrderStatus.Closed)]
    [InlineData(AuditActions.Merged, OrderStatus.Merged)]
    [InlineData(AuditActions.Transferred, OrderStatus.Transferred)]
    [InlineData(AuditActions.InquiryApproved, OrderStatus.DirectlyAnswered)]
    public void Intake_replies_callbacks_reopenings_and_every_terminal_status_concern_the_caller(string action, OrderStatus status) =>
        Assert.True(CallerHistory.Concerns(action, status));

    [Theory]
    [InlineData(AuditActions.Dispatched, OrderStatus.Dispatched)]
    [InlineData(AuditActions.Accepted, OrderStatus.Accepted)]
    [InlineData(AuditActions.Returned, OrderStatus.Returned)]
    [InlineData(AuditActions.ExtensionApproved, OrderStatus.Accepted)]
    [InlineData(AuditActions.ReviewPassed, OrderStatus.PendingCallback)]
    [InlineData(AuditActions.Urged, OrderStatus.Dispatched)]
    [InlineData(AuditActions.ClockBreach, OrderStatus.Dispatched)]
    [InlineData(AuditActions.InquiryStarted, OrderStatus.Inquiring)]
    public void An_open_orders_other_moves_do_not(string action, OrderStatus status) =>
        Assert.False(CallerHistory.Concerns(action, status));

    [Fact]
    public void An_open_order_takes_the_indexed_open_status_but_not_a_terminal_one()
    {
        var history = History(Received("WO-1", Now));

        Assert.True(history.Refresh("WO-1", OrderStatus.Accepted));
        Assert.Equal(OrderStatus.Accepted, history.Data.Orders[0].Status);
        Assert.False(history.Refresh("WO-1", OrderStatus.Accepted));

        // Closing is left to the close's own event: it says when, and the history counts it.
        Assert.False(history.Refresh("WO-1", OrderStatus.Closed));
        Assert.True(history.Data.Orders[0].IsOpen);
        Assert.Null(history.Data.Orders[0].ClosedAt);
        Assert.False(history.Refresh("WO-unknown", OrderStatus.Accepted));
    }

    [Fact]
    public void A_closed_order_is_not_reopened_by_an_index_that_lags()
    {
        var received = Received("WO-1", Now);
        var history = History(received, Then(received, 8, AuditActions.Closed, OrderStatus.Closed, TimeSpan.FromDays(1)));

        Assert.False(history.Refresh("WO-1", OrderStatus.Replied));
        Assert.Equal(OrderStatus.Closed, history.Data.Orders[0].Status);
    }

    [Fact]
    public void A_reply_reaching_a_history_that_missed_the_intake_still_records_the_order()
    {
        var received = Received("WO-1", Now);
        var history = new CallerHistory(new CallerHistoryData());

        // The first event the history sees carries the order's snapshot: the intake event may have been lost with a silo.
        Assert.True(history.Apply(received with { Sequence = 6, Action = AuditActions.Replied, Status = OrderStatus.Replied, FinalReply = true, FinalReplyText = "已修复" }));

        var order = Assert.Single(history.Data.Orders);
        Assert.Equal(("供热问题", OrderStatus.Replied, "已修复"), (order.Title, order.Status, order.FinalReplyText));
    }
}
