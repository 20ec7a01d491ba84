using System.Collections.Concurrent;
using System.Diagnostics;
using Hotline.Contracts.Orders;
using Hotline.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Integration.Tests.Storage;

/// <summary>
/// A freshly minted order (<see cref="FreshOrder.CreateFresh"/>) is created without reading its row, which would
/// cost Azurite a request as dear as a write; an id that turns out to be taken is refused at the insert, and the
/// order holding it keeps its state and its reminder's instant.
/// </summary>
public sealed class FreshOrderTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task A_fresh_orders_create_sends_no_read_of_its_row_and_a_plain_create_does()
    {
        await using var cluster = await HotlineTestCluster.Start(Azurite.NewServiceId("fresh"));
        var fresh = "20261201-FRSH" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var plain = "20261201-PLAN" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        using var reads = new RowReads(fresh, plain);

        var created = await cluster.Client.GetGrain<IWorkOrderGrain>(fresh).CreateFresh(SampleOrders.Heating());
        Assert.Null(created.Error);
        Assert.Null((await cluster.Client.GetGrain<IWorkOrderGrain>(plain).Create(SampleOrders.Heating())).Error);

        Assert.Equal(0, reads.Of(fresh));
        // The same count sees the plain create's read: it is not blind.
        Assert.True(reads.Of(plain) >= 1, "a plain create reads its row");
        var stored = await cluster.Client.GetGrain<IWorkOrderGrain>(fresh).Get();
        Assert.Equal(created.Order!.Status, stored!.Status);
        Assert.Equal(created.Order.Events.Count, stored.Events.Count);
    }

    [Fact]
    public async Task A_fresh_id_an_order_already_holds_is_refused_and_that_order_keeps_its_state_and_reminder()
    {
        var time = new FakeTimeProvider(Start);
        var serviceId = Azurite.NewServiceId("fresh-taken");
        await using var cluster = await HotlineTestCluster.Start(serviceId, time);
        const string id = "20261201-TAKEN01";
        var order = cluster.Client.GetGrain<IWorkOrderGrain>(id);
        Assert.Null((await order.Create(SampleOrders.Heating())).Error);
        var dispatched = (await order.Dispatch(new DispatchOrder("dispatcher:zhang", "RL-LS", []))).Order!;
        var armed = await ReminderStart(serviceId, id);
        Assert.Equal(Start.AddMinutes(15), armed);

        // Out of memory, so the next call activates it afresh, as a minted id's create would meet a stored order.
        var management = cluster.Client.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        await Eventually.Get(() => management.GetGrainActivationCount((GrainReference)order), count => count == 0,
            "the idle order's activation is collected");
        time.Advance(TimeSpan.FromMinutes(5));

        var again = await order.CreateFresh(SampleOrders.Heating("13900002222") with { Title = "另一户暖气不热" });

        Assert.Equal(OrderErrorKind.Conflict, again.Error?.Kind);
        Assert.Null(again.Order);
        var stored = (await order.Get())!;
        Assert.Equal("dispatched", stored.Status);
        Assert.Equal(dispatched.Title, stored.Title);
        Assert.Equal(dispatched.Events.Count, stored.Events.Count);
        Assert.Equal(armed, await ReminderStart(serviceId, id));
    }

    [Fact]
    public async Task A_fresh_create_refused_for_its_input_on_a_taken_id_leaves_the_stored_order_visible()
    {
        await using var cluster = await HotlineTestCluster.Start(Azurite.NewServiceId("fresh-invalid"));
        const string id = "20261201-TAKEN02";
        var order = cluster.Client.GetGrain<IWorkOrderGrain>(id);
        var created = (await order.Create(SampleOrders.Heating())).Order!;
        var management = cluster.Client.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        await Eventually.Get(() => management.GetGrainActivationCount((GrainReference)order), count => count == 0,
            "the idle order's activation is collected");

        // Refused before any write, so the taken id is never discovered by an insert.
        var refused = await order.CreateFresh(SampleOrders.Heating() with { Title = "" });

        Assert.Equal(OrderErrorKind.Invalid, refused.Error?.Kind);
        var stored = await Eventually.Get(() => order.Get(), o => o is not null, "the stored order is seen again");
        Assert.Equal(created.Title, stored!.Title);
        Assert.Equal(created.Events.Count, stored.Events.Count);
    }

    private static async Task<DateTimeOffset?> ReminderStart(string serviceId, string id) =>
        (await ReminderRows.OfOrder(serviceId, id)).SingleOrDefault()?.GetDateTimeOffset("StartAt");

    /// <summary>GET requests this process sends for rows whose keys hold one of the ids, from .NET's outgoing-request activities.</summary>
    private sealed class RowReads : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly ConcurrentDictionary<string, int> _reads = new();

        public RowReads(params string[] ids)
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "System.Net.Http",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStopped = activity =>
                {
                    if (activity.GetTagItem("http.request.method") as string != "GET" || activity.GetTagItem("url.full") is not string url) return;
                    var path = Uri.UnescapeDataString(url);
                    foreach (var id in ids.Where(path.Contains)) _reads.AddOrUpdate(id, 1, (_, n) => n + 1);
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public int Of(string id) => _reads.GetValueOrDefault(id);

        public void Dispose() => _listener.Dispose();
    }
}
