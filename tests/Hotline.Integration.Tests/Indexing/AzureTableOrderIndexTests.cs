using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Hotline.Contracts.Orders;
using Hotline.Grains.Indexing;
using Microsoft.Extensions.Options;

namespace Hotline.Integration.Tests.Indexing;

/// <summary>
/// The order index's group commit on Azurite: concurrent upserts share transactions and all land,
/// the newest summary of an order wins, a failed transaction fails exactly its callers, and an
/// awaited upsert is visible to the next read.
/// </summary>
public sealed class AzureTableOrderIndexTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Received = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8));
    private readonly string _tableName = "IndexTest" + Guid.NewGuid().ToString("N")[..12];
    private readonly BatchProbe _probe = new();
    private readonly AzureTableOrderIndex _index;
    private readonly TableServiceClient _service;

    public AzureTableOrderIndexTests()
    {
        Azurite.EnsureRunning();
        var options = new TableClientOptions();
        options.AddPolicy(_probe, HttpPipelinePosition.PerCall);
        _service = new TableServiceClient(Azurite.ConnectionString, options);
        _index = new AzureTableOrderIndex(_service, Options.Create(new OrderIndexOptions { TableName = _tableName, Partition = "p-" + Guid.NewGuid().ToString("N") }));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _service.DeleteTableAsync(_tableName);

    [Fact]
    public async Task Concurrent_upserts_share_a_few_transactions_and_all_land()
    {
        var held = _probe.Hold();
        var writes = Enumerable.Range(0, 250).Select(i => _index.Upsert(Row($"A{i:D3}", 1))).ToList();
        await held;
        _probe.Release();
        await Task.WhenAll(writes);

        // Whatever the first flush took, the rest waited in one queue: at most two flushes of ≤ 100 rows each.
        Assert.InRange(_probe.Batches, 3, 4);
        Assert.Equal(250, await CountRows());
    }

    [Fact]
    public async Task Sixteen_writers_each_read_their_own_write_right_after_it()
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, 16), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (writer, _) =>
        {
            for (var sequence = 1; sequence <= 10; sequence++)
            {
                var id = $"W{writer:D2}-{sequence % 3}";
                await _index.Upsert(Row(id, sequence));
                var read = await _index.Get(id, Received);
                Assert.Equal(sequence, read?.Sequence);
            }
        });
        Assert.Equal(16 * 3, await CountRows());
    }

    [Fact]
    public async Task The_newest_summary_of_an_order_wins_whatever_the_arrival_order()
    {
        var held = _probe.Hold();
        var first = _index.Upsert(Row("N1", 1));
        await held;
        // Queued behind the one in flight, in a scrambled order: only the newest is written next.
        var later = new[] { 5, 3, 4, 2 }.Select(s => _index.Upsert(Row("N1", s, title: $"v{s}"))).ToList();
        _probe.Release();
        await Task.WhenAll(later.Append(first));
        Assert.Equal((5L, "v5"), await Read("N1"));
        Assert.Equal(2, _probe.Batches);

        held = _probe.Hold();
        var newer = _index.Upsert(Row("N2", 9, title: "v9"));
        await held;
        // Older than the row in flight: never written after it; its caller waits for the newer row.
        var stale = _index.Upsert(Row("N2", 7, title: "v7"));
        _probe.Release();
        await Task.WhenAll(newer, stale);
        Assert.Equal((9L, "v9"), await Read("N2"));
        Assert.Equal(3, _probe.Batches);
    }

    [Fact]
    public async Task A_failed_transaction_fails_its_callers_and_the_next_one_writes()
    {
        await _index.Upsert(Row("F0", 1));
        _probe.Fail = true;
        var held = _probe.Hold();
        var failing = Enumerable.Range(1, 10).Select(i => _index.Upsert(Row($"F{i}", 1))).ToList();
        await held;
        _probe.Release();
        foreach (var write in failing)
            await Assert.ThrowsAsync<RequestFailedException>(() => write);
        Assert.Equal(1, await CountRows());

        _probe.Fail = false;
        await _index.Upsert(Row("F1", 2));
        Assert.Equal((2L, "暖气不热"), await Read("F1"));
    }

    [Fact]
    public async Task A_row_the_table_refuses_fails_alone_and_the_rest_of_its_transaction_lands()
    {
        var held = _probe.Hold();
        var first = _index.Upsert(Row("R0", 1));
        await held;
        // A row key may not contain '/': the service names that row as the transaction's culprit.
        var good = Enumerable.Range(1, 5).Select(i => _index.Upsert(Row($"R{i}", 1))).ToList();
        var bad = _index.Upsert(Row("R/bad", 1));
        _probe.Release();
        await first;
        await Task.WhenAll(good);
        await Assert.ThrowsAnyAsync<RequestFailedException>(() => bad);
        Assert.Equal(6, await CountRows());
    }

    private async Task<(long Sequence, string Title)> Read(string id) =>
        await _index.Get(id, Received) is { } row ? (row.Sequence, row.Title) : (0, "");

    private async Task<int> CountRows()
    {
        var count = 0;
        string? continuation = null;
        do
        {
            var page = await _index.Find(new OrderQuery(null, null, null, null, 1000, continuation));
            count += page.Items.Count;
            continuation = page.Continuation;
        } while (continuation is not null);
        return count;
    }

    private static OrderSummary Row(string id, long sequence, string title = "暖气不热") =>
        new(id, "dispatched", "供热", "141181", "RL-XY", "HEATING", Received, false, title, ["RL-XY"], Received.AddHours(2), "已派单")
        {
            Sequence = sequence,
            Clocks = [new ClockSnapshot("accept", "RL-XY", Received, Received.AddHours(2), null, "running", Received.AddHours(1.5))],
        };
}
