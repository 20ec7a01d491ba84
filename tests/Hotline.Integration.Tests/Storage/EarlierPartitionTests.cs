using Azure.Data.Tables;
using Hotline.Grains.Storage;
using Orleans.Storage;
using TestState = Hotline.Integration.Tests.Storage.CompactMemoryGrainStorageTests.TestState;

namespace Hotline.Integration.Tests.Storage;

/// <summary>
/// States written with four partitions per grain type, read by a silo that keeps one: found in their
/// earlier bucket, moved by their next write (the earlier row removed), never brought back once cleared.
/// </summary>
public sealed class EarlierPartitionTests : IAsyncLifetime
{
    private const string StateName = "order";
    private readonly string _tableName = "MoveTest" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _serviceId = "svc-" + Guid.NewGuid().ToString("N")[..8];
    private readonly TableServiceClient _service;

    public EarlierPartitionTests()
    {
        Azurite.EnsureRunning();
        _service = new TableServiceClient(Azurite.ConnectionString);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _service.DeleteTableAsync(_tableName);

    private TableGrainStorage Storage(int partitions, int? earlier = null) =>
        new(_service, new JsonGrainStateSerializer(), new TableStateOptions(_tableName, _serviceId, partitions, earlier), legacy: null);

    /// <summary>Orders whose bucket among four is <paramref name="bucket"/>.</summary>
    private static IEnumerable<GrainId> OrdersInBucket(uint bucket) =>
        Enumerable.Range(1, 1000).Select(i => GrainId.Create("workorder", $"20261201-{i:D4}"))
            .Where(g => StateRowKeys.Partition("s", g, 4).EndsWith($"~{bucket:D2}", StringComparison.Ordinal));

    private async Task<bool> RowIn(GrainId grain, int partitions) =>
        (await _service.GetTableClient(_tableName).GetEntityIfExistsAsync<TableEntity>(
            StateRowKeys.Partition(_serviceId, grain, partitions), StateRowKeys.Row(grain, StateName))).HasValue;

    [Fact]
    public async Task A_state_in_an_earlier_bucket_is_read_and_its_next_write_moves_it()
    {
        var grain = OrdersInBucket(3).First();
        await Storage(4).WriteStateAsync(StateName, grain, new GrainState<TestState>(new TestState { Title = "四个分区时写的" }));
        var storage = Storage(1, earlier: 4);

        var read = new GrainState<TestState>();
        await storage.ReadStateAsync(StateName, grain, read);
        Assert.True(read.RecordExists);
        Assert.Equal("四个分区时写的", read.State!.Title);

        read.State!.Title = "一个分区时改的";
        await storage.WriteStateAsync(StateName, grain, read);
        Assert.True(await RowIn(grain, 1));
        Assert.False(await RowIn(grain, 4));

        // A silo started afterwards reads it where it now is, and writes it with the ETag it read.
        var later = Storage(1, earlier: 4);
        var again = new GrainState<TestState>();
        await later.ReadStateAsync(StateName, grain, again);
        Assert.Equal("一个分区时改的", again.State!.Title);
        Assert.Equal(read.ETag, again.ETag);
        again.State!.Title = "再改一次";
        await later.WriteStateAsync(StateName, grain, again);
        var last = new GrainState<TestState>();
        await Storage(1, earlier: 4).ReadStateAsync(StateName, grain, last);
        Assert.Equal("再改一次", last.State!.Title);
    }

    [Fact]
    public async Task A_state_in_bucket_zero_is_where_it_belongs_and_other_grains_read_as_new()
    {
        var inZero = OrdersInBucket(0).First();
        var absent = OrdersInBucket(2).First();
        await Storage(4).WriteStateAsync(StateName, inZero, new GrainState<TestState>(new TestState { Title = "零号桶" }));
        // Something in a bucket beyond zero, so the earlier layout is looked at.
        await Storage(4).WriteStateAsync(StateName, OrdersInBucket(1).First(), new GrainState<TestState>(new TestState { Title = "一号桶" }));
        var storage = Storage(1, earlier: 4);

        var zero = new GrainState<TestState>();
        await storage.ReadStateAsync(StateName, inZero, zero);
        Assert.Equal("零号桶", zero.State!.Title);
        zero.State!.Title = "改了";
        await storage.WriteStateAsync(StateName, inZero, zero);

        var nothing = new GrainState<TestState>();
        await storage.ReadStateAsync(StateName, absent, nothing);
        Assert.False(nothing.RecordExists);
        Assert.Null(nothing.ETag);
    }

    [Fact]
    public async Task A_moved_state_that_is_cleared_does_not_come_back_from_its_earlier_bucket()
    {
        var grains = OrdersInBucket(2).Take(2).ToArray();
        foreach (var grain in grains)
            await Storage(4).WriteStateAsync(StateName, grain, new GrainState<TestState>(new TestState { Title = "旧" }));
        var storage = Storage(1, earlier: 4);

        // Read and cleared before any write.
        var unmoved = new GrainState<TestState>();
        await storage.ReadStateAsync(StateName, grains[0], unmoved);
        await storage.ClearStateAsync(StateName, grains[0], unmoved);
        // A move that stopped after creating the current row: the earlier row is still there.
        var moved = new GrainState<TestState>();
        await storage.ReadStateAsync(StateName, grains[1], moved);
        await Storage(1).WriteStateAsync(StateName, grains[1], new GrainState<TestState>(moved.State!));
        var current = new GrainState<TestState>();
        await storage.ReadStateAsync(StateName, grains[1], current);
        Assert.True(await RowIn(grains[1], 4));
        await storage.ClearStateAsync(StateName, grains[1], current);

        foreach (var grain in grains)
        {
            var gone = new GrainState<TestState>();
            await Storage(1, earlier: 4).ReadStateAsync(StateName, grain, gone);
            Assert.False(gone.RecordExists);
            Assert.False(await RowIn(grain, 4));
        }
    }

    [Fact]
    public async Task Two_activations_moving_the_same_state_do_not_both_succeed()
    {
        var grain = OrdersInBucket(1).First();
        await Storage(4).WriteStateAsync(StateName, grain, new GrainState<TestState>(new TestState { Title = "旧" }));
        var first = new GrainState<TestState>();
        var second = new GrainState<TestState>();
        await Storage(1, earlier: 4).ReadStateAsync(StateName, grain, first);
        await Storage(1, earlier: 4).ReadStateAsync(StateName, grain, second);

        first.State!.Title = "第一个";
        await Storage(1, earlier: 4).WriteStateAsync(StateName, grain, first);
        second.State!.Title = "第二个";
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage(1, earlier: 4).WriteStateAsync(StateName, grain, second));

        var read = new GrainState<TestState>();
        await Storage(1, earlier: 4).ReadStateAsync(StateName, grain, read);
        Assert.Equal("第一个", read.State!.Title);
    }

    [Fact]
    public void An_earlier_count_that_is_not_a_multiple_of_the_current_one_is_refused_at_start()
    {
        var error = Assert.Throws<ArgumentException>(() => Storage(3, earlier: 4));
        Assert.Contains("multiple", error.Message, StringComparison.Ordinal);
    }
}
