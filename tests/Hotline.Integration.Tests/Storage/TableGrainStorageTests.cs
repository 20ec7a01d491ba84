using System.Security.Cryptography;
using Azure.Core;
using Azure.Data.Tables;
using Hotline.Grains.Storage;
using Hotline.Integration.Tests.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using TestState = Hotline.Integration.Tests.Storage.CompactMemoryGrainStorageTests.TestState;

namespace Hotline.Integration.Tests.Storage;

/// <summary>
/// Grain state on Azurite through the group commit: writes that meet share a transaction and each
/// keeps its own condition, a stale writer fails alone, large states span columns, a state too large
/// for a row is refused before anything is sent, and states the old provider wrote are still read.
/// </summary>
public sealed class TableGrainStorageTests : IAsyncLifetime
{
    private const string StateName = "order";
    private readonly string _tableName = "StateTest" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _serviceId = "svc-" + Guid.NewGuid().ToString("N")[..8];
    private readonly BatchProbe _probe = new();
    private readonly TableServiceClient _service;
    private readonly TableGrainStorage _storage;

    public TableGrainStorageTests()
    {
        Azurite.EnsureRunning();
        var options = new TableClientOptions();
        options.AddPolicy(_probe, HttpPipelinePosition.PerCall);
        _service = new TableServiceClient(Azurite.ConnectionString, options);
        _storage = Storage(legacy: null);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _service.DeleteTableAsync(_tableName);

    private TableGrainStorage Storage(LegacyStateFallback? legacy) =>
        new(_service, new JsonGrainStateSerializer(), new TableStateOptions(_tableName, _serviceId, Partitions: 1), legacy);

    private static GrainId Order(int i) => GrainId.Create("workorder", $"20261201-{i:D4}");

    [Fact]
    public async Task A_read_after_a_write_returns_what_was_written_with_its_ETag()
    {
        var written = new GrainState<TestState>(TestState.Sample(40));
        await _storage.WriteStateAsync(StateName, Order(1), written);

        var read = new GrainState<TestState>();
        await _storage.ReadStateAsync(StateName, Order(1), read);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(written.State!.Title, read.State!.Title);
        Assert.Equal(written.State!.Events, read.State!.Events);
        var nothing = new GrainState<TestState>(TestState.Sample(1));
        await _storage.ReadStateAsync(StateName, Order(2), nothing);
        Assert.False(nothing.RecordExists);
        Assert.Null(nothing.ETag);
        Assert.Null(nothing.State!.Title);
    }

    [Fact]
    public async Task Writes_that_meet_share_a_transaction_and_each_grain_can_write_again_with_its_new_ETag()
    {
        var states = Enumerable.Range(1, 40).Select(_ => new GrainState<TestState>(TestState.Sample(3))).ToArray();

        // The first create goes alone, as a single request; the other 39 arrive while it is in flight and
        // wait for the next transaction, which the probe holds until all of them are queued.
        var held = _probe.Hold();
        var creates = states.Select((s, i) => _storage.WriteStateAsync(StateName, Order(i + 1), s)).ToList();
        await held;
        _probe.Release();
        await Task.WhenAll(creates);

        Assert.InRange(_probe.Batches, 1, 2);
        foreach (var (state, i) in states.Select((s, i) => (s, i)))
        {
            state.State!.Title = $"第{i}次改";
            await _storage.WriteStateAsync(StateName, Order(i + 1), state);
            var read = new GrainState<TestState>();
            await _storage.ReadStateAsync(StateName, Order(i + 1), read);
            Assert.Equal($"第{i}次改", read.State!.Title);
        }
    }

    [Fact]
    public async Task A_stale_writer_in_a_transaction_fails_alone_and_the_others_land()
    {
        var stale = new GrainState<TestState>(TestState.Sample(1));
        await _storage.WriteStateAsync(StateName, Order(7), stale);
        var staleETag = stale.ETag;
        await _storage.WriteStateAsync(StateName, Order(7), stale);
        // A second writer of order 8 that never read it: its create must be refused once the row exists.
        await _storage.WriteStateAsync(StateName, Order(8), new GrainState<TestState>(TestState.Sample(1)));

        // Whether the first write goes alone or with the rest, the others meet in a transaction the probe holds.
        var held = _probe.Hold();
        var blocker = _storage.WriteStateAsync(StateName, Order(100), new GrainState<TestState>(TestState.Sample(1)));
        var others = Enumerable.Range(20, 10).Select(i => _storage.WriteStateAsync(StateName, Order(i), new GrainState<TestState>(TestState.Sample(2)))).ToList();
        var staleWrite = _storage.WriteStateAsync(StateName, Order(7), new GrainState<TestState>(new TestState { Title = "过期" }) { ETag = staleETag });
        var duplicate = _storage.WriteStateAsync(StateName, Order(8), new GrainState<TestState>(new TestState { Title = "重复" }));
        await held;
        _probe.Release();
        await blocker;

        await Assert.ThrowsAsync<InconsistentStateException>(() => staleWrite);
        await Assert.ThrowsAsync<InconsistentStateException>(() => duplicate);
        await Task.WhenAll(others);
        foreach (var i in Enumerable.Range(20, 10)) Assert.NotNull(await ETagOf(Order(i)));
        var seven = new GrainState<TestState>();
        await _storage.ReadStateAsync(StateName, Order(7), seven);
        Assert.NotEqual("过期", seven.State!.Title);
    }

    [Fact]
    public async Task A_large_state_spans_several_columns_and_one_too_large_for_a_row_is_refused_unsent()
    {
        // Random text does not compress: 200 KB of it needs four 64 KiB columns.
        var large = new TestState { Title = Convert.ToBase64String(RandomNumberGenerator.GetBytes(150_000)) };
        await _storage.WriteStateAsync(StateName, Order(3), new GrainState<TestState>(large));
        var read = new GrainState<TestState>();
        await _storage.ReadStateAsync(StateName, Order(3), read);
        Assert.Equal(large.Title, read.State!.Title);

        var before = await ETagOf(Order(3));
        var tooLarge = new GrainState<TestState>(new TestState { Title = Convert.ToBase64String(RandomNumberGenerator.GetBytes(800_000)) }) { ETag = before };
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _storage.WriteStateAsync(StateName, Order(3), tooLarge));
        Assert.Contains("more than one table row holds", error.Message);
        Assert.Equal(before, await ETagOf(Order(3)));
    }

    [Fact]
    public async Task Clear_deletes_the_row_and_refuses_a_clear_with_a_stale_ETag()
    {
        var owner = new GrainState<TestState>(TestState.Sample(2));
        await _storage.WriteStateAsync(StateName, Order(4), owner);
        var stale = new GrainState<TestState>(new TestState()) { ETag = owner.ETag };
        await _storage.WriteStateAsync(StateName, Order(4), owner);

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.ClearStateAsync(StateName, Order(4), stale));
        await _storage.ClearStateAsync(StateName, Order(4), owner);

        Assert.False(owner.RecordExists);
        Assert.Null(await ETagOf(Order(4)));
    }

    [Fact]
    public async Task A_state_the_old_provider_wrote_is_read_and_its_next_write_lands_in_the_new_table()
    {
        using var silo = await SiloProcess.Start(_serviceId, $"cluster-{Guid.NewGuid():N}");
        var oldProvider = silo.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.LegacyState);
        var grain = GrainId.Create("caller", "13800000001");
        await oldProvider.WriteStateAsync("caller", grain, new GrainState<TestState>(new TestState { Title = "旧版本写的" }));
        var storage = Storage(new LegacyStateFallback(_service, _serviceId, oldProvider));

        var read = new GrainState<TestState>();
        await storage.ReadStateAsync("caller", grain, read);
        Assert.True(read.RecordExists);
        Assert.Equal("旧版本写的", read.State!.Title);
        Assert.Null(read.ETag);

        read.State!.Title = "新版本改的";
        await storage.WriteStateAsync("caller", grain, read);
        var again = new GrainState<TestState>();
        await storage.ReadStateAsync("caller", grain, again);
        Assert.Equal("新版本改的", again.State!.Title);
        Assert.Equal(read.ETag, again.ETag);

        // Cleared, it does not come back from the old table.
        await storage.ClearStateAsync("caller", grain, again);
        var gone = new GrainState<TestState>();
        await storage.ReadStateAsync("caller", grain, gone);
        Assert.False(gone.RecordExists);
        await silo.StopAsync();
    }

    private async Task<string?> ETagOf(GrainId grain)
    {
        var row = await _service.GetTableClient(_tableName).GetEntityIfExistsAsync<TableEntity>(
            StateRowKeys.Partition(_serviceId, grain, 1), StateRowKeys.Row(grain, StateName));
        return row.HasValue ? row.Value!.ETag.ToString() : null;
    }
}
