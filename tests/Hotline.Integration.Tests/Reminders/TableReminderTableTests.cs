namespace Hotline.Integration.Tests.Reminders;

/// <summary>
/// The reminder table Orleans' reminder service runs on, against Azurite: the contract
/// (<see cref="ReminderTableContract"/>), that registrations meeting in time share requests, and that
/// clearing one service's table leaves another's.
/// </summary>
public sealed class TableReminderTableTests : ReminderTableContract
{
    protected override async Task<IReminderTable> NewTable(string purpose) => await new ReminderTableService(purpose).Start();

    [Fact]
    public async Task Registrations_that_meet_share_transactions_and_each_is_durable_when_acknowledged()
    {
        var service = new ReminderTableService("rem-batch");
        var table = await service.Start();
        var orders = Enumerable.Range(1, 200).Select(i => Order($"20261201-B{i:D3}")).ToList();
        var before = service.Counter.Count;

        var etags = await Task.WhenAll(orders.Select(o => table.UpsertRow(Entry(o))));
        var requests = service.Counter.Count - before;

        // One request each is what Orleans' provider spends; here they meet in a partition's queue.
        Assert.True(requests < orders.Count / 2, $"{requests} requests for {orders.Count} registrations");
        // (Rows committed in one transaction may share an ETag: it is the commit's timestamp, a condition per row.)
        var stored = (await table.ReadRows(0, 0)).Reminders.ToDictionary(r => r.GrainId);
        Assert.Equal(orders.Count, stored.Count);
        for (var i = 0; i < orders.Count; i++) Assert.Equal(etags[i], stored[orders[i]].ETag);

        // Removals meet the same way, and each reports its own outcome.
        var removed = await Task.WhenAll(orders.Select((o, i) => table.RemoveRow(o, "clocks", i % 10 == 0 ? "W/\"stale\"" : etags[i]!)));
        Assert.Equal(orders.Count / 10, removed.Count(r => !r));
        Assert.Equal(orders.Count / 10, (await table.ReadRows(0, 0)).Reminders.Count);
    }

    [Fact]
    public async Task Clearing_a_service_leaves_another_services_reminders()
    {
        var mine = new ReminderTableService("rem-clear");
        var other = new ReminderTableService("rem-keep");
        var table = await mine.Start();
        var otherTable = await other.Start();
        await table.UpsertRow(Entry(Order("20261201-C1")));
        await otherTable.UpsertRow(Entry(Order("20261201-C1")));

        await table.TestOnlyClearTable();

        Assert.Empty((await table.ReadRows(0, 0)).Reminders);
        Assert.Single((await otherTable.ReadRows(0, 0)).Reminders);
    }
}
