using System.Text.Json;
using Hotline.Domain.Clocks;
using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.WorkOrders.Orders;

namespace Hotline.Domain.Tests.WorkOrders;

public sealed class WorkOrderDataJsonTests
{
    [Theory]
    [InlineData(OrderStatus.Accepted)]
    [InlineData(OrderStatus.Returned)]
    [InlineData(OrderStatus.Reopened)]
    [InlineData(OrderStatus.Closed)]
    [InlineData(OrderStatus.Merged)]
    public void Data_round_trips_unchanged(OrderStatus status)
    {
        var (order, _) = InStatus(status);
        order.Data.Clocks.FirstOrDefault()?.FiredPercents.AddRange([50, 75]);
        order.Data.PendingExtension = new ExtensionRequest { Department = Lead, Until = T0.AddDays(9), Reason = "需要协调", RequestedAt = T0, Actor = LeadHandler };
        order.Data.TransferredTo = TransferTarget.Ambulance120;
        var json = Json(order);

        var copy = JsonSerializer.Deserialize<WorkOrderData>(json)!;

        Assert.Equal(json, JsonSerializer.Serialize(copy));
        Assert.Equal(order.Version, copy.Version);
    }

    [Fact]
    public void A_reloaded_order_carries_on()
    {
        var (order, now) = InStatus(OrderStatus.Accepted);
        var copy = JsonSerializer.Deserialize<WorkOrderData>(Json(order))!;
        var reloaded = new WorkOrder(copy, new FakeClockPlanner());

        Ok(reloaded.Reply(Lead, "已处理", ["photo.jpg"], true, LeadHandler, now));

        Assert.Equal(OrderStatus.Replied, reloaded.Status);
        Assert.Equal(ClockOutcome.Met, ClocksOf(reloaded, Lead, ClockName.Completion).Single().Outcome);
        Assert.Equal(order.Version + 1, reloaded.Version);
    }
}
