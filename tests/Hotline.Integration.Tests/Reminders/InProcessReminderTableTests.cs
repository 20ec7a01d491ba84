using Hotline.Contracts.Orders;
using Hotline.Grains.Reminders;
using Hotline.Integration.Tests.Infrastructure;
using Hotline.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Integration.Tests.Reminders;

/// <summary>
/// The in-memory silo's reminder table, held in its process: the contract (<see cref="ReminderTableContract"/>),
/// entries copied in and out, registrations and removals from many threads, and an idle order woken through it.
/// </summary>
public sealed class InProcessReminderTableTests : ReminderTableContract
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

    protected override Task<IReminderTable> NewTable(string purpose) => Task.FromResult<IReminderTable>(new InProcessReminderTable());

    [Fact]
    public async Task The_callers_entry_is_not_the_stored_one()
    {
        var table = new InProcessReminderTable();
        var order = Order("20261201-0001");
        var entry = Entry(order);
        await table.UpsertRow(entry);
        await table.UpsertRow(Entry(Order("20261201-0002")));

        // Orleans sets the returned version on its own entry and may change it later: the table keeps its copy.
        entry.StartAt = Due.AddDays(1);
        var row = await table.ReadRow(order, "clocks");
        Assert.Equal(Due, row!.StartAt);
        // Nor is a row read the table's own.
        row.StartAt = Due.AddDays(2);
        Assert.Equal(Due, (await table.ReadRow(order, "clocks"))!.StartAt);
        Assert.Equal(2, table.Count);
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
