using Hotline.Grains.Departments;
using Hotline.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Azure.Data.Tables;
using Hotline.Contracts.Departments;
using Hotline.Contracts.Orders;
using Hotline.Contracts.Streams;
using Hotline.Contracts.TaskForces;
using Hotline.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Hotline.Integration.Tests.Grains;

/// <summary>
/// Departments and task forces keep their order lists in memory, rebuilt from the order index on
/// activation: a department with hundreds of open orders keeps a small state row, survives a
/// deactivation, and ignores repeated or older events.
/// </summary>
[Collection(GrainCollection.Name)]
public sealed class DepartmentRebuildTests(RealTimeClusterFixture fixture, ITestOutputHelper output)
{
    private const string Department = "RL-XY";
    private const int Orders = 400;

    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task Department_with_hundreds_of_open_orders_keeps_a_small_state_and_rebuilds_from_the_index()
    {
        var ids = Enumerable.Range(0, Orders).Select(i => $"20261130-XY{i:D4}").ToArray();
        // Bounded concurrency: Azurite is single-threaded.
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, _) => await CreateAndDispatch(id));

        var department = Client.GetGrain<IDepartmentGrain>(Department);
        var before = await Eventually.Get(department.Get, d => d!.OpenOrders.Count(o => ids.Contains(o.OrderId)) == Orders,
            "the department lists every dispatched order", TimeSpan.FromSeconds(120));
        Assert.True(before!.Received >= Orders);

        // What the department stores grows by a small row per order, never by one document holding them all.
        var size = await StateRowSize("department", Department);
        var ledger = await LedgerRows(Department);
        output.WriteLine($"department with {before.OpenOrders.Count} open orders: state row {size} bytes, ledger {ledger.Count} rows, largest {ledger.Max()} bytes");
        Assert.InRange(size, 0, 1024);
        Assert.InRange(ledger.Count, Orders + 1, Orders + 1 + DepartmentTally.DefaultReleasedCapacity + before.OpenOrders.Count);
        Assert.InRange(ledger.Max(), 1, 512);

        await Deactivate(department);
        var after = (await department.Get())!;

        Assert.Equal(before.OpenOrders.Select(o => o.OrderId).Order(), after.OpenOrders.Select(o => o.OrderId).Order());
        Assert.Equal((before.Received, before.Completed, before.Returned), (after.Received, after.Completed, after.Returned));
        var sample = after.OpenOrders.Single(o => o.OrderId == ids[0]);
        Assert.Equal(("dispatched", "lead", "141181"), (sample.Status, sample.Role, sample.DistrictCode));
        Assert.Contains(sample.Clocks, c => c.Department == Department);
    }

    [Fact]
    public async Task Repeated_or_older_events_change_nothing_even_after_a_reactivation()
    {
        const string id = "20261130-XYSTALE";
        const string open = "20261130-XYOPEN";
        await CreateAndDispatch(id);
        await CreateAndDispatch(open);
        var accepted = (await Client.GetGrain<IWorkOrderGrain>(open).Accept(new AcceptOrder("dept:RL-XY", Department))).Order!;
        var order = Client.GetGrain<IWorkOrderGrain>(id);
        Assert.Null((await order.Accept(new AcceptOrder("dept:RL-XY", Department))).Error);
        Assert.Null((await order.Reply(new ReplyOrder("dept:RL-XY", Department, "已修复管道。", [], false))).Error);
        Assert.Null((await order.Review(new ReviewOrder("reviewer:chen", "department", true, []))).Error);
        Assert.Null((await order.Review(new ReviewOrder("reviewer:chen", "centre", true, []))).Error);
        var closed = (await order.Callback(new CallbackOrder("reviewer:chen", "satisfied", null))).Order!;
        Assert.Equal("closed", closed.Status);

        var department = Client.GetGrain<IDepartmentGrain>(Department);
        var settled = await Eventually.Get(department.Get,
            d => d!.OpenOrders.All(o => o.OrderId != id) && d.Completed >= 1 && d.OpenOrders.Any(o => o.OrderId == open && o.Status == "accepted"),
            "the department let the closed order go and sees the other accepted");

        var dispatched = closed.Events.First(e => e.Action == "dispatched");
        var replied = closed.Events.First(e => e.Action == "replied");
        var openDispatched = accepted.Events.First(e => e.Action == "dispatched");
        var stale = new[]
        {
            StaleEvent(id, dispatched.Sequence, dispatched.At, "dispatched", "dispatched", closed.ReceivedAt),
            StaleEvent(id, replied.Sequence, replied.At, "replied", "replied", closed.ReceivedAt),
            StaleEvent(open, openDispatched.Sequence, openDispatched.At, "dispatched", "dispatched", accepted.ReceivedAt),
        };

        // Once while the department remembers letting the order go, once after a fresh activation
        // that only has the index to tell it the order is closed.
        await PublishThenSettle(stale, "marker-1");
        AssertUnchanged(settled!, (await department.Get())!, id);
        await Deactivate(department);
        await PublishThenSettle(stale, "marker-2");
        AssertUnchanged(settled!, (await department.Get())!, id);
    }

    [Fact]
    public async Task Counters_an_older_version_kept_in_the_state_row_move_to_the_ledger_once_and_still_dedupe()
    {
        // A department no other test uses, so its grain first activates here, over the old row.
        const string department = "RL-ZY";
        const string id = "20261130-ZYOLD";
        var storage = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.State);
        var old = new GrainState<DepartmentState>(new DepartmentState
        {
            Received = 7,
            Completed = 3,
            Returned = 1,
            Counted = { [id] = new CountedEvent { Sequence = 4, At = DateTimeOffset.UtcNow.AddHours(-1) } },
        });
        await storage.WriteStateAsync("department", GrainId.Create("department", department), old);

        var grain = Client.GetGrain<IDepartmentGrain>(department);
        var moved = (await grain.Get())!;
        Assert.Equal((7, 3, 1), (moved.Received, moved.Completed, moved.Returned));

        // The reply the old row already counted comes again, then a newer one: only the newer counts.
        var stream = Client.GetStreamProvider(StreamNames.Provider).GetStream<OrderEventBatch>(StreamNames.For(StreamNames.Department, department));
        await stream.OnNextAsync(OrderEventBatch.Of(StaleReply(4)));
        await stream.OnNextAsync(OrderEventBatch.Of(StaleReply(6)));
        await Eventually.True(async () => (await grain.Get())!.Completed == 4, "the newer reply is counted");

        await Deactivate(grain);
        var after = (await grain.Get())!;
        Assert.Equal((7, 4, 1), (after.Received, after.Completed, after.Returned));
        var row = new GrainState<DepartmentState>();
        await storage.ReadStateAsync("department", GrainId.Create("department", department), row);
        Assert.False(row.State!.HasOldCounts());
        Assert.Equal([id], (await fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IDepartmentLedger>().Load(department))!.Marks.Keys);

        OrderEvent StaleReply(long sequence) =>
            TestEvents.Heating(id, sequence, "closed", department) with
            {
                Action = "replied",
                Department = department,
                DistrictCode = "141102",
                TaskForce = "HEATING",
                CallerPhone = "13900000000",
            };
    }

    [Fact]
    public async Task Task_force_figures_survive_a_deactivation_without_persisted_state()
    {
        var ids = Enumerable.Range(0, 5).Select(i => $"20261130-TF{i:D4}").ToArray();
        foreach (var id in ids) await CreateAndDispatch(id);
        var (heating, dispatched) = await CountIndexRows("HEATING");

        // Received and dispatched arrive as separate events: wait for both, or a dispatch still on its way
        // would show up only in the figures rebuilt after the deactivation.
        var taskForce = Client.GetGrain<ITaskForceGrain>("HEATING");
        var before = await Eventually.Get(taskForce.Get, t => t!.Figures.Received == heating && t.Figures.Dispatched == dispatched,
            "the task force counts every heating order of the index, and every dispatch", TimeSpan.FromSeconds(120));

        await Deactivate(taskForce);
        var after = (await taskForce.Get())!;
        Assert.Equal(before!.Figures, after.Figures);
        Assert.Equal(before.ByDistrict, after.ByDistrict);
        Assert.True(after.Figures.Dispatched >= ids.Length);
        Assert.Equal(0, await StateRowSize("taskforce", "HEATING"));
    }

    private async Task CreateAndDispatch(string id)
    {
        var order = Client.GetGrain<IWorkOrderGrain>(id);
        var phone = "139" + (uint)id.GetHashCode() % 100_000_000;
        var created = await order.Create(new CreateOrder("seat:1001", "热线电话", new CallerInfoDto(phone, "李先生", "citizen"),
            "141181", "孝义市府前街 8 号", 37.14, 111.78, "供热", "暖气不热", "室温只有 14 度。", "normal", null));
        Assert.Null(created.Error);
        Assert.Null((await order.Dispatch(new DispatchOrder("dispatcher:zhang", Department, []))).Error);
    }

    /// <summary>A repeated delivery: the event as it was, stamped when it happened.</summary>
    private static OrderEvent StaleEvent(string id, long sequence, DateTimeOffset at, string action, string status, DateTimeOffset receivedAt) =>
        TestEvents.Heating(id, sequence, status, Department) with
        {
            At = at,
            Action = action,
            Department = Department,
            DistrictCode = "141181",
            TaskForce = "HEATING",
            CallerPhone = "13900000000",
            ReceivedAt = receivedAt,
        };

    /// <summary>
    /// Events of one stream arrive in order: once a marker published after the stale events shows
    /// up, they have been handled. The marker (an order unknown to the index) is then closed.
    /// </summary>
    private async Task PublishThenSettle(IEnumerable<OrderEvent> events, string marker)
    {
        var stream = Client.GetStreamProvider(StreamNames.Provider).GetStream<OrderEventBatch>(StreamNames.For(StreamNames.Department, Department));
        foreach (var e in events) await stream.OnNextAsync(OrderEventBatch.Of(e));
        var markerId = "20261130-" + marker;
        await stream.OnNextAsync(OrderEventBatch.Of(StaleEvent(markerId, 1, DateTimeOffset.UtcNow, "accepted", "accepted", DateTimeOffset.UtcNow)));
        var department = Client.GetGrain<IDepartmentGrain>(Department);
        await Eventually.True(async () => (await department.Get())!.OpenOrders.Any(o => o.OrderId == markerId), "the marker arrives");
        await stream.OnNextAsync(OrderEventBatch.Of(StaleEvent(markerId, 2, DateTimeOffset.UtcNow, "closed", "closed", DateTimeOffset.UtcNow)));
        await Eventually.True(async () => (await department.Get())!.OpenOrders.All(o => o.OrderId != markerId), "the marker leaves");
    }

    private static void AssertUnchanged(DepartmentSnapshot expected, DepartmentSnapshot actual, string id)
    {
        Assert.DoesNotContain(actual.OpenOrders, o => o.OrderId == id);
        Assert.Equal(expected.OpenOrders.Select(o => (o.OrderId, o.Status)), actual.OpenOrders.Select(o => (o.OrderId, o.Status)));
        Assert.Equal((expected.Received, expected.Completed, expected.Returned), (actual.Received, actual.Completed, actual.Returned));
    }

    /// <summary>Deactivates a grain and waits until no activation of it is left.</summary>
    private async Task Deactivate(IAddressable grain)
    {
        var management = Client.GetGrain<IManagementGrain>(0);
        await management.DeactivateGrain(grain.GetGrainId());
        await Eventually.True(async () => await management.GetGrainActivationCount((GrainReference)grain) == 0, "the grain is deactivated");
    }

    /// <summary>The task force's rows in the index, and how many of them were dispatched.</summary>
    private async Task<(int Rows, int Dispatched)> CountIndexRows(string taskForce)
    {
        var query = Client.GetGrain<IOrderQueryGrain>(0);
        var (rows, dispatched) = (0, 0);
        string? continuation = null;
        do
        {
            var page = await query.Find(new OrderQuery(null, null, taskForce, null, 500, continuation));
            rows += page.Items.Count;
            dispatched += page.Items.Count(i => i.DispatchedAt is not null);
            continuation = page.Continuation;
        } while (continuation is not null);
        return (rows, dispatched);
    }

    /// <summary>Sizes (bytes, as Table Storage counts them) of a department's ledger rows in this cluster.</summary>
    private async Task<List<int>> LedgerRows(string department)
    {
        var table = new TableServiceClient(Azurite.ConnectionString).GetTableClient(AzureTableDepartmentLedger.DefaultTable);
        var partition = fixture.Cluster.Options.ServiceId + "~" + department;
        var sizes = new List<int>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
            sizes.Add(RowSize(row));
        return sizes;
    }

    private static int RowSize(TableEntity row) =>
        row.Keys.Select(k => row[k]).Sum(v => v switch { string s => s.Length * 2, byte[] b => b.Length, _ => 8 });

    /// <summary>Bytes of a grain's persisted row (0 when it has none), as Table Storage counts them.</summary>
    private async Task<int> StateRowSize(string grainType, string key)
    {
        var serviceId = fixture.Cluster.Options.ServiceId;
        var table = new TableServiceClient(Azurite.ConnectionString).GetTableClient(TableStateOptions.DefaultTable);
        // Rows of the grain, whatever its state's name: partitions service~type~bucket, rows grain~state.
        var grain = StateRowKeys.Row(GrainId.Create(grainType, key), "");
        var size = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey ge {serviceId + "~"} and PartitionKey lt {serviceId + "\u007f"}")))
        {
            if (!row.RowKey.StartsWith(grain, StringComparison.Ordinal)) continue;
            size += RowSize(row);
        }
        return size;
    }
}
