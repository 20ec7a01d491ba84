using Hotline.Contracts.Orders;
using Hotline.Grains.Reminders;
using Hotline.Integration.Tests.Infrastructure;
using Hotline.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Integration.Tests.Reminders;

/// <summary>
/// The in-memory silo's reminder table, held in its process: the semantics Orleans' reminder service relies on
/// (as <see cref="TableReminderTableTests"/> checks them on Azurite), and an idle order woken through it.
/// </summary>
public sealed class InProcessReminderTableTests
{
    private static readonly DateTime Due = new(2026, 12, 1, 2, 30, 0, DateTimeKind.Utc);
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private static ReminderEntry Entry(GrainId grain, string name = "clocks", DateTime? start = null) =>
        new() { GrainId = grain, ReminderName = name, StartAt = start ?? Due, Period = TimeSpan.FromMinutes(1) };

    private static GrainId Order(string key) => GrainId.Create("workorder", key);

    [Fact]
    public async Task A_registration_is_read_back_as_written_and_the_callers_entry_is_not_the_stored_one()
    {
        var table = new InProcessReminderTable();
        var order = Order("20261201-0001");
        var entry = Entry(order);
        var etag = await table.UpsertRow(entry);
        await table.UpsertRow(Entry(order, "second", Due.AddHours(1)));
        await table.UpsertRow(Entry(Order("20261201-0002")));

        // Orleans sets the returned version on its own entry and may change it later: the table keeps its copy.
        entry.StartAt = Due.AddDays(1);
        var row = await table.ReadRow(order, "clocks");
        Assert.NotNull(row);
        Assert.Equal(order, row.GrainId);
        Assert.Equal(Due, row.StartAt);
        Assert.Equal(TimeSpan.FromMinutes(1), row.Period);
        Assert.Equal(etag, row.ETag);
        row.StartAt = Due.AddDays(2);
        Assert.Equal(Due, (await table.ReadRow(order, "clocks"))!.StartAt);

        Assert.Equal(["clocks", "second"], (await table.ReadRows(order)).Reminders.Select(r => r.ReminderName).Order());
        Assert.Null(await table.ReadRow(order, "missing"));
        Assert.Empty((await table.ReadRows(Order("20261201-9999"))).Reminders);
        Assert.Equal(3, table.Count);
    }

    [Fact]
    public async Task A_removal_naming_an_earlier_version_or_a_missing_row_is_refused_and_changes_nothing()
    {
        var table = new InProcessReminderTable();
        var order = Order("20261201-0003");
        var first = (await table.UpsertRow(Entry(order)))!;
        var second = (await table.UpsertRow(Entry(order, start: Due.AddMinutes(5))))!;
        await table.UpsertRow(Entry(order, "other"));
        Assert.NotEqual(first, second);

        Assert.False(await table.RemoveRow(order, "clocks", first));
        Assert.Equal(Due.AddMinutes(5), (await table.ReadRow(order, "clocks"))!.StartAt);

        Assert.True(await table.RemoveRow(order, "clocks", second));
        Assert.Null(await table.ReadRow(order, "clocks"));
        Assert.Equal(["other"], (await table.ReadRows(order)).Reminders.Select(r => r.ReminderName));
        Assert.False(await table.RemoveRow(order, "clocks", second));
        Assert.False(await table.RemoveRow(Order("20261201-NONE"), "clocks", second));
    }

    [Theory]
    [InlineData(0u, uint.MaxValue)]
    [InlineData(0x40000000u, 0xC0000000u)]
    [InlineData(0xC0000000u, 0x40000000u)]
    [InlineData(0x80000000u, 0x80000000u)]
    public async Task A_range_of_the_ring_reads_exactly_the_grains_whose_hash_it_holds(uint begin, uint end)
    {
        var table = new InProcessReminderTable();
        var orders = Enumerable.Range(1, 120).Select(i => Order($"20261201-R{i:D3}")).ToList();
        foreach (var order in orders) await table.UpsertRow(Entry(order));

        var read = (await table.ReadRows(begin, end)).Reminders.Select(r => r.GrainId).ToHashSet();

        bool Holds(uint h) => begin < end ? h > begin && h <= end : h > begin || h <= end;
        var expected = orders.Where(o => Holds(o.GetUniformHashCode())).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(g => g.ToString()), read.OrderBy(g => g.ToString()));
    }

    [Fact]
    public async Task Registrations_and_removals_that_meet_each_keep_their_own_outcome()
    {
        var table = new InProcessReminderTable();
        var orders = Enumerable.Range(1, 400).Select(i => Order($"20261201-B{i:D3}")).ToList();
        var etags = await Task.WhenAll(orders.Select(o => Task.Run(() => table.UpsertRow(Entry(o)))));
        Assert.Equal(orders.Count, etags.Distinct().Count());
        Assert.Equal(orders.Count, table.Count);

        var removed = await Task.WhenAll(orders.Select((o, i) => Task.Run(() => table.RemoveRow(o, "clocks", i % 10 == 0 ? "stale" : etags[i]!))));
        Assert.Equal(orders.Count / 10, removed.Count(r => !r));
        Assert.Equal(orders.Count / 10, (await table.ReadRows(0, 0)).Reminders.Count);

        await table.TestOnlyClearTable();
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public async Task An_idle_order_of_the_in_memory_silo_is_woken_by_its_reminder_at_its_next_threshold()
    {
        var time = new FakeTimeProvider(Start);
        await using var cluster = await HotlineTestCluster.Start("inproc-rem-" + Guid.NewGuid().ToString("N")[..8], time, storage: StorageMode.InMemory);
        var table = Assert.IsType<InProcessReminderTable>(cluster.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>());
        const string id = "20261201-INPROC1";
        var order = cluster.Client.GetGrain<IWorkOrderGrain>(id);
        Assert.Null((await order.Create(SampleOrders.Heating())).Error);
        Assert.Null((await order.Dispatch(new DispatchOrder("dispatcher:zhang", "RL-LS", []))).Error);
        var grain = GrainId.Create("workorder", id);
        // Armed for the accept clock's first threshold (50 % of 30 minutes).
        Assert.Equal(Start.AddMinutes(15).UtcDateTime, (await table.ReadRow(grain, "clocks"))!.StartAt);

        // Gone from memory, its grain timer with it: only the reminder can bring it back.
        await cluster.DeactivateAsync((IAddressable)order);
        time.SetUtcNow(Start.AddMinutes(15));

        // Woken, it records the warning and re-arms for the next threshold (75 %), all before anyone calls it.
        var rearmed = await Eventually.Get(() => table.ReadRow(grain, "clocks"), row => row!.StartAt >= Start.AddMinutes(22.5).UtcDateTime,
            "the reminder re-armed for the accept clock's 75 % threshold",
            // The reminder service keeps fake time: let it move a second at a time while we wait.
            between: () => { time.Advance(TimeSpan.FromSeconds(1)); return Task.CompletedTask; });
        // Armed from the instant the service read on its clock: the 75 % threshold plus the seconds stepped while we waited, well before the 90 % one (27 minutes).
        Assert.InRange(rearmed!.StartAt, Start.AddMinutes(22.5).UtcDateTime, Start.AddMinutes(25).UtcDateTime);
        var snapshot = (await order.Get())!;
        var warning = Assert.Single(snapshot.Events, e => e.Action == "clock-warning");
        Assert.Equal("accept 50%", warning.Reason);
        Assert.InRange(warning.At, Start.AddMinutes(15), Start.AddMinutes(20));
    }
}
