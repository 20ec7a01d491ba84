using Hotline.Contracts.Orders;
using Hotline.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Integration.Tests.Reminders;

/// <summary>A silo on Azure Tables keeps an order's durable clock in the reminder rows of its own service, armed for its next threshold.</summary>
public sealed class SiloReminderTableTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task A_dispatched_orders_clock_is_a_row_of_its_service_in_the_reminder_rows()
    {
        var time = new FakeTimeProvider(Start);
        var serviceId = Azurite.NewServiceId("silo-rem");
        await using var cluster = await HotlineTestCluster.Start(serviceId, time);
        const string id = "20261201-REMROW1";
        var order = cluster.Client.GetGrain<IWorkOrderGrain>(id);
        Assert.Null((await order.Create(SampleOrders.Heating())).Error);
        Assert.Null((await order.Dispatch(new DispatchOrder("dispatcher:zhang", "RL-LS", []))).Error);

        var clock = Assert.Single(await ReminderRows.OfOrder(serviceId, id));
        Assert.Equal("clocks", clock.GetString("Name"));
        // Armed for the accept clock's first threshold (50 % of 30 minutes), not later.
        Assert.Equal(Start.AddMinutes(15), clock.GetDateTimeOffset("StartAt"));
    }
}
