namespace Hotline.Integration.Tests.Reminders;

/// <summary>
/// The reminder table Orleans' reminder service runs on, against Azurite: what it keeps, which rows a
/// silo's range of the ring reads, when a removal is refused, and that registrations meeting in time
/// share requests.
/// </summary>
public sealed class TableReminderTableTests
{
    private static readonly DateTime Due = new(2026, 12, 1, 2, 30, 0, DateTimeKind.Utc);

    private static ReminderEntry Entry(GrainId grain, string name = "clocks", DateTime? start = null) =>
        new() { GrainId = grain, ReminderName = name, StartAt = start ?? Due, Period = TimeSpan.FromMinutes(1) };

    private static GrainId Order(string key) => GrainId.Create("workorder", key);

    [Fact]
    public async Task A_registration_is_read_back_as_written_and_only_for_its_own_grain()
    {
        var service = new ReminderTableService("rem-read");
        var table = await service.Start();
        var order = Order("20261201-0001");
        // Its id begins like the other's row prefix would: the grain column keeps them apart.
        var lookalike = Order("20261201-0001|clocks");
        var etag = await table.UpsertRow(Entry(order));
        await table.UpsertRow(Entry(order, "second", Due.AddHours(1)));
        await table.UpsertRow(Entry(lookalike));

        var row = await table.ReadRow(order, "clocks");
        Assert.NotNull(row);
        Assert.Equal(order, row.GrainId);
        Assert.Equal(Due, row.StartAt);
        Assert.Equal(DateTimeKind.Utc, row.StartAt.Kind);
        Assert.Equal(TimeSpan.FromMinutes(1), row.Period);
        Assert.Equal(etag, row.ETag);

        var own = (await table.ReadRows(order)).Reminders;
        Assert.Equal(["clocks", "second"], own.Select(r => r.ReminderName).Order());
        Assert.All(own, r => Assert.Equal(order, r.GrainId));
        Assert.Null(await table.ReadRow(order, "missing"));
        Assert.Empty((await table.ReadRows(Order("20261201-9999"))).Reminders);
    }

    [Fact]
    public async Task A_removal_naming_an_earlier_version_or_a_missing_row_is_refused_and_changes_nothing()
    {
        var service = new ReminderTableService("rem-remove");
        var table = await service.Start();
        var order = Order("20261201-0002");
        var first = (await table.UpsertRow(Entry(order)))!;
        var second = (await table.UpsertRow(Entry(order, start: Due.AddMinutes(5))))!;
        Assert.NotEqual(first, second);

        Assert.False(await table.RemoveRow(order, "clocks", first));
        Assert.Equal(Due.AddMinutes(5), (await table.ReadRow(order, "clocks"))!.StartAt);

        Assert.True(await table.RemoveRow(order, "clocks", second));
        Assert.Null(await table.ReadRow(order, "clocks"));
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
        var service = new ReminderTableService("rem-range");
        var table = await service.Start();
        var orders = Enumerable.Range(1, 120).Select(i => Order($"20261201-R{i:D3}")).ToList();
        await Task.WhenAll(orders.Select(o => table.UpsertRow(Entry(o))));

        var read = (await table.ReadRows(begin, end)).Reminders.Select(r => r.GrainId).ToHashSet();

        // Orleans' convention: (begin, end], wrapping round when begin ≥ end (begin = end: the whole ring).
        bool Holds(uint h) => begin < end ? h > begin && h <= end : h > begin || h <= end;
        var expected = orders.Where(o => Holds(o.GetUniformHashCode())).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(g => g.ToString()), read.OrderBy(g => g.ToString()));
    }

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
