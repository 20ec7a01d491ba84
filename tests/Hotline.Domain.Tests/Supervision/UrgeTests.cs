using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.WorkOrders.Orders;

namespace Hotline.Domain.Tests.Supervision;

/// <summary>催办 by the centre on a dispatched order without a reply, and the lead department's acknowledgement.</summary>
public sealed class UrgeTests
{
    [Theory]
    [InlineData(OrderStatus.Dispatched)]
    [InlineData(OrderStatus.Accepted)]
    [InlineData(OrderStatus.Reopened)]
    public void The_centre_urges_the_lead_until_it_replies(OrderStatus status)
    {
        var (order, now) = InStatus(status);

        var result = Ok(order.Urge("  请今日内上门处理  ", Dispatcher, now));

        var urge = Assert.Single(order.Data.Urges);
        Assert.Equal((now, Dispatcher, "请今日内上门处理", (string?)Lead), (urge.At, urge.By, urge.Message, urge.Department));
        Assert.True(urge.IsOpen);
        var audit = Assert.Single(result.Events);
        Assert.Equal((AuditActions.Urged, "请今日内上门处理", (string?)Lead, (OrderStatus?)null), (audit.Action, audit.Reason, audit.Department, audit.To));
        Assert.Equal(status, order.Status);
    }

    [Theory]
    [InlineData(OrderStatus.PendingDispatch)]
    [InlineData(OrderStatus.Replied)]
    [InlineData(OrderStatus.PendingCallback)]
    [InlineData(OrderStatus.Closed)]
    public void Urging_an_order_not_awaiting_the_department_is_a_conflict(OrderStatus status)
    {
        var (order, now) = InStatus(status);
        var before = Json(order);

        var result = order.Urge("请尽快处理", Dispatcher, now);

        Assert.Equal(DomainErrorKind.Conflict, result.Error?.Kind);
        Assert.Equal(status, result.Error?.CurrentStatus);
        Assert.Equal(before, Json(order));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_message_is_invalid_naming_message(string message)
    {
        var (order, now) = InStatus(OrderStatus.Dispatched);

        var result = order.Urge(message, Dispatcher, now);

        Assert.Equal(DomainErrorKind.Invalid, result.Error?.Kind);
        Assert.Equal(["message"], result.Error!.FieldErrors.Keys);
        Assert.Empty(order.Data.Urges);
    }

    [Fact]
    public void The_lead_acknowledges_every_open_urge_once()
    {
        var (order, now) = InStatus(OrderStatus.Dispatched);
        Ok(order.Urge("请尽快签收", Dispatcher, now));
        Ok(order.Urge("再次催办：请立即签收", "reviewer1", now.AddMinutes(30)));

        var result = Ok(order.AcknowledgeUrge(Lead, LeadHandler, now.AddMinutes(40)));

        Assert.All(order.Data.Urges, u => Assert.Equal((now.AddMinutes(40), LeadHandler), (u.AcknowledgedAt!.Value, u.AcknowledgedBy!)));
        Assert.Equal((AuditActions.UrgeAcknowledged, (string?)Lead), (result.Events[^1].Action, result.Events[^1].Department));
        Assert.Equal(DomainErrorKind.Conflict, order.AcknowledgeUrge(Lead, LeadHandler, now.AddMinutes(41)).Error?.Kind);
    }

    [Fact]
    public void Only_the_lead_acknowledges_an_urge()
    {
        var (order, now) = InStatus(OrderStatus.Dispatched);
        Ok(order.Urge("请尽快签收", Dispatcher, now));

        Assert.Equal(DomainErrorKind.Conflict, order.AcknowledgeUrge(CoHandler, "handler-d2", now).Error?.Kind);
        Assert.Equal(DomainErrorKind.Conflict, order.AcknowledgeUrge("D9", "handler-d9", now).Error?.Kind);
        Assert.True(order.Data.Urges.Single().IsOpen);
    }

    [Fact]
    public void Acknowledging_without_an_open_urge_is_a_conflict()
    {
        var (order, now) = InStatus(OrderStatus.Accepted);

        var result = order.AcknowledgeUrge(Lead, LeadHandler, now);

        Assert.Equal(DomainErrorKind.Conflict, result.Error?.Kind);
        Assert.Equal("本工单没有待签收的催办", result.Error?.Message);
    }
}
