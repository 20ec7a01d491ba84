namespace Hotline.Integration.Tests.Reminders;

/// <summary>
/// What Orleans' reminder service relies on from a reminder table, checked on each table a silo can run on
/// (Azure Tables on Azurite, and the in-memory silo's table in its process): a registration read back as
/// written and only for its own grain, a removal refused when it names a version that is no longer there,
/// and a range of the ring read as (begin, end], wrapping round when begin ≥ end.
/// </summary>
public abstract class ReminderTableContract
{
    protected static readonly DateTime Due = new(2026, 12, 1, 2, 30, 0, DateTimeKind.Utc);

    protected static ReminderEntry Entry(GrainId grain, string name = "clocks", DateTime? start = null) =>
        new() { GrainId = grain, ReminderName = name, StartAt = start ?? Due, Period = TimeSpan.FromMinutes(1) };

    protected static GrainId Order(string key) => GrainId.Create("workorder", key);

    /// <summary>An empty table of its own for one test (<paramref name="purpose"/> names it where tables share storage).</summary>
    protected abstract Task<IReminderTable> NewTable(string purpose);

    [Fact]
    public async Task A_registration_is_read_back_as_written_and_only_for_its_own_grain()
    {
        var table = await NewTable("rem-read");
        var order = Order("20261201-0001");
        // Its id begins like the other's row prefix would: the grain keeps them apart.
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
        var table = await NewTable("rem-remove");
        var order = Order("20261201-0002");
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
        var table = await NewTable("rem-range");
        var orders = Enumerable.Range(1, 120).Select(i => Order($"20261201-R{i:D3}")).ToList();
        await Task.WhenAll(orders.Select(o => table.UpsertRow(Entry(o))));

        var read = (await table.ReadRows(begin, end)).Reminders.Select(r => r.GrainId).ToHashSet();

        // Orleans' convention: (begin, end], wrapping round when begin ≥ end (begin = end: the whole ring).
        bool Holds(uint h) => begin < end ? h > begin && h <= end : h > begin || h <= end;
        var expected = orders.Where(o => Holds(o.GetUniformHashCode())).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(g => g.ToString()), read.OrderBy(g => g.ToString()));
    }
}
