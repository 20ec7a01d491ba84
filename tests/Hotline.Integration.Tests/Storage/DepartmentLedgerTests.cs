using Azure.Data.Tables;
using Hotline.Grains.Departments;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;

namespace Hotline.Integration.Tests.Storage;

/// <summary>
/// The department ledger on Azurite and in memory behaves alike: counters written only over the version read,
/// marks stored and forgotten row by row, and marks without counters (a move that stopped halfway) read as nothing.
/// </summary>
public sealed class DepartmentLedgerTests
{
    public static TheoryData<string> Ledgers => ["azurite", "memory"];

    private static IDepartmentLedger Ledger(string kind)
    {
        if (kind == "memory") return new InMemoryDepartmentLedger();
        Azurite.EnsureRunning();
        var cluster = Options.Create(new ClusterOptions { ServiceId = "ledger-" + Guid.NewGuid().ToString("N")[..8] });
        return new AzureTableDepartmentLedger(new TableServiceClient(Azurite.ConnectionString), cluster);
    }

    private static KeyValuePair<string, CountedMark?> Mark(string orderId, long sequence) =>
        KeyValuePair.Create(orderId, (CountedMark?)new CountedMark(sequence, new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8))));

    private static KeyValuePair<string, CountedMark?> Forget(string orderId) => KeyValuePair.Create(orderId, (CountedMark?)null);

    [Theory]
    [MemberData(nameof(Ledgers))]
    public async Task Counters_are_written_only_over_the_version_read(string kind)
    {
        var ledger = Ledger(kind);
        Assert.Null(await ledger.Load("RL-LS"));

        var first = await ledger.Write("RL-LS", null, new LedgerWrite(new DepartmentCounts(1, 0, 0), [Mark("20261201-0001", 3)]));
        var second = await ledger.Write("RL-LS", first, new LedgerWrite(new DepartmentCounts(2, 1, 0), [Mark("20261201-0002", 3), Mark("20261201-0001", 7)]));

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            ledger.Write("RL-LS", first, new LedgerWrite(new DepartmentCounts(9, 9, 9), [Mark("20261201-0003", 3)])));
        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            ledger.Write("RL-LS", null, new LedgerWrite(new DepartmentCounts(9, 9, 9), [])));

        var loaded = (await ledger.Load("RL-LS"))!;
        Assert.Equal(new DepartmentCounts(2, 1, 0), loaded.Counts);
        Assert.Equal(second, loaded.Version);
        Assert.Equal([("20261201-0001", 7L), ("20261201-0002", 3L)], loaded.Marks.Select(m => (m.Key, m.Value.Sequence)).Order());
        Assert.Null(await ledger.Load("RL-XY"));
    }

    [Theory]
    [MemberData(nameof(Ledgers))]
    public async Task Forgetting_a_mark_removes_its_row_and_forgetting_one_never_stored_is_no_error(string kind)
    {
        var ledger = Ledger(kind);
        var version = await ledger.Write("RL-XY", null, new LedgerWrite(new DepartmentCounts(2, 0, 0), [Mark("A/1", 1), Mark("B#2", 1)]));

        version = await ledger.Write("RL-XY", version, new LedgerWrite(new DepartmentCounts(2, 0, 1), [Forget("A/1"), Forget("never-stored"), Mark("C?3", 4)]));

        var loaded = (await ledger.Load("RL-XY"))!;
        Assert.Equal(version, loaded.Version);
        Assert.Equal(new DepartmentCounts(2, 0, 1), loaded.Counts);
        Assert.Equal(["B#2", "C?3"], loaded.Marks.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Ledgers))]
    public async Task Marks_without_counters_read_as_no_ledger(string kind)
    {
        var ledger = Ledger(kind);
        Assert.Null(await ledger.Write("RL-FY", null, new LedgerWrite(null, [Mark("20261201-0001", 2)])));
        Assert.Null(await ledger.Load("RL-FY"));

        await Assert.ThrowsAsync<ArgumentException>(() => ledger.Write("RL-FY", null,
            new LedgerWrite(new DepartmentCounts(1, 0, 0), Enumerable.Range(0, IDepartmentLedger.MaxMarksPerWrite + 1).Select(i => Mark($"o{i}", 1)).ToList())));
        Assert.Null(await ledger.Load("RL-FY"));
    }
}
