using Hotline.Grains.Storage;
using Orleans.Storage;

namespace Hotline.Integration.Tests.Storage;

/// <summary>
/// The in-memory mode's grain storage keeps the semantics grains rely on (ETag conflicts, clear,
/// fresh copies on read) while keeping each state compressed.
/// </summary>
public sealed class CompactMemoryGrainStorageTests
{
    private const string StateName = "order";
    private static readonly GrainId Grain = GrainId.Create("workorder", "20261130-0001");

    private readonly CompactMemoryGrainStorage _storage = new(new JsonGrainStateSerializer());

    [Fact]
    public async Task A_read_after_a_write_returns_an_equal_copy_never_the_live_object()
    {
        var written = new GrainState<TestState>(TestState.Sample(40));
        await _storage.WriteStateAsync(StateName, Grain, written);

        var read = new GrainState<TestState>();
        await _storage.ReadStateAsync(StateName, Grain, read);

        Assert.NotSame(written.State, read.State);
        Assert.NotSame(written.State!.Events, read.State!.Events);
        Assert.Equal(written.State!.Title, read.State!.Title);
        Assert.Equal(written.State!.Events, read.State!.Events);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(read.RecordExists);

        // Mutating the live object after the write must not reach what is stored.
        written.State!.Events.Add("之后的改动");
        var again = new GrainState<TestState>();
        await _storage.ReadStateAsync(StateName, Grain, again);
        Assert.Equal(40, again.State!.Events.Count);
    }

    [Fact]
    public async Task Stored_state_is_compressed()
    {
        await _storage.WriteStateAsync(StateName, Grain, new GrainState<TestState>(TestState.Sample(40)));

        var usage = _storage.Usage();
        Assert.Equal(1, usage.Records);
        Assert.True(usage.StoredBytes * 2 < usage.SerializedBytes, $"stored {usage.StoredBytes} of {usage.SerializedBytes} serialized bytes");
    }

    [Fact]
    public async Task Uncompressed_storage_keeps_the_JSON_as_it_is_and_reads_it_back()
    {
        var plain = new CompactMemoryGrainStorage(new JsonGrainStateSerializer(), compress: false);
        var written = new GrainState<TestState>(TestState.Sample(40));
        await plain.WriteStateAsync(StateName, Grain, written);
        written.State = TestState.Sample(41);
        await plain.WriteStateAsync(StateName, Grain, written);

        var usage = plain.Usage();
        Assert.True(usage.StoredBytes >= usage.SerializedBytes, $"stored {usage.StoredBytes} of {usage.SerializedBytes} serialized bytes");
        var read = new GrainState<TestState>();
        await plain.ReadStateAsync(StateName, Grain, read);
        Assert.Equal(TestState.Sample(41).Events, read.State!.Events);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task A_write_with_a_stale_ETag_raises_InconsistentStateException()
    {
        var first = new GrainState<TestState>();
        var second = new GrainState<TestState>();
        await _storage.ReadStateAsync(StateName, Grain, first);
        await _storage.ReadStateAsync(StateName, Grain, second);

        first.State!.Title = "先写";
        await _storage.WriteStateAsync(StateName, Grain, first);
        second.State!.Title = "后写";
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, Grain, second));

        // A made-up ETag for a record that does not exist is refused too.
        var other = new GrainState<TestState>(new TestState()) { ETag = "7" };
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, GrainId.Create("workorder", "other"), other));

        var read = new GrainState<TestState>();
        await _storage.ReadStateAsync(StateName, Grain, read);
        Assert.Equal("先写", read.State!.Title);
    }

    [Fact]
    public async Task Of_concurrent_writers_holding_the_same_ETag_exactly_one_wins()
    {
        var start = new GrainState<TestState>(new TestState());
        await _storage.WriteStateAsync(StateName, Grain, start);
        var writers = Enumerable.Range(0, 32)
            .Select(i => new GrainState<TestState>(new TestState { Title = $"写者{i}" }) { ETag = start.ETag })
            .ToArray();

        var outcomes = await Task.WhenAll(writers.Select(w => Task.Run(async () =>
        {
            try
            {
                await _storage.WriteStateAsync(StateName, Grain, w);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        })));

        Assert.Single(outcomes, won => won);
        var read = new GrainState<TestState>();
        await _storage.ReadStateAsync(StateName, Grain, read);
        Assert.Equal(writers[Array.IndexOf(outcomes, true)].State!.Title, read.State!.Title);
    }

    [Fact]
    public async Task Clear_removes_the_state_and_refuses_a_writer_that_read_before_it()
    {
        var owner = new GrainState<TestState>(TestState.Sample(3));
        await _storage.WriteStateAsync(StateName, Grain, owner);
        var stale = new GrainState<TestState>();
        await _storage.ReadStateAsync(StateName, Grain, stale);

        await _storage.ClearStateAsync(StateName, Grain, owner);
        Assert.False(owner.RecordExists);

        var read = new GrainState<TestState>(TestState.Sample(1));
        await _storage.ReadStateAsync(StateName, Grain, read);
        Assert.False(read.RecordExists);
        Assert.Null(read.State!.Title);
        Assert.Empty(read.State!.Events);

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, Grain, stale));
        // The grain that cleared, and one that read after the clear, may write again.
        await _storage.WriteStateAsync(StateName, Grain, owner);
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, Grain, read));
    }

    [Fact]
    public async Task Reading_nothing_resets_a_state_changed_in_memory()
    {
        // What a grain does after a failed first write: read again and drop the unwritten change.
        var live = new GrainState<TestState>(TestState.Sample(2)) { ETag = "42" };
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, Grain, live));

        await _storage.ReadStateAsync(StateName, Grain, live);

        Assert.Null(live.State!.Title);
        Assert.Null(live.ETag);
        Assert.False(live.RecordExists);
    }

    [Fact]
    public async Task A_rewrite_that_fits_reuses_the_stored_buffer_and_reads_back_only_the_new_state()
    {
        // An order's state grows an event at a time and is rewritten in place while it fits.
        var state = new GrainState<TestState>(TestState.Sample(40));
        await _storage.WriteStateAsync(StateName, Grain, state);
        var held = _storage.Usage().StoredBytes;

        state.State = TestState.Sample(41);
        await _storage.WriteStateAsync(StateName, Grain, state);
        Assert.Equal(held, _storage.Usage().StoredBytes);

        // Shorter than what the buffer held: no byte of the longer state may come back with it.
        state.State = TestState.Sample(3);
        await _storage.WriteStateAsync(StateName, Grain, state);
        Assert.Equal(held, _storage.Usage().StoredBytes);
        var shorter = new GrainState<TestState>();
        await _storage.ReadStateAsync(StateName, Grain, shorter);
        Assert.Equal(TestState.Sample(3).Events, shorter.State!.Events);
        Assert.Equal(state.ETag, shorter.ETag);

        // Far larger than the buffer: a new one, and all of it reads back.
        state.State = TestState.Sample(400);
        await _storage.WriteStateAsync(StateName, Grain, state);
        Assert.True(_storage.Usage().StoredBytes > held);
        var larger = new GrainState<TestState>();
        await _storage.ReadStateAsync(StateName, Grain, larger);
        Assert.Equal(TestState.Sample(400).Events, larger.State!.Events);
    }

    [Fact]
    public async Task Writes_that_share_a_thread_s_scratch_buffer_each_read_back_as_written()
    {
        // Every write serializes into its thread's reused buffer: a write of 2 MB of JSON (the buffer is let go
        // after it), then a short one into a fresh buffer, then another grain's longer one over the short one.
        var other = GrainId.Create("workorder", "20261130-0002");
        var huge = new GrainState<TestState>(TestState.Sample(20_000));
        await _storage.WriteStateAsync(StateName, Grain, huge);
        await _storage.WriteStateAsync(StateName, other, new GrainState<TestState>(TestState.Sample(2)));
        await _storage.WriteStateAsync(StateName, Grain, new GrainState<TestState>(TestState.Sample(1)) { ETag = huge.ETag });
        await _storage.WriteStateAsync(StateName, other, new GrainState<TestState>(TestState.Sample(30)) { ETag = (await Read(other)).ETag });

        Assert.Equal(TestState.Sample(1).Events, (await Read(Grain)).State!.Events);
        Assert.Equal(TestState.Sample(30).Events, (await Read(other)).State!.Events);
        Assert.True(_storage.Usage().SerializedBytes > 0);
    }

    [Fact]
    public void Serializing_into_a_buffer_gives_the_same_readable_JSON_as_a_new_array()
    {
        var serializer = new JsonGrainStateSerializer();
        var state = TestState.Sample(5);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        serializer.Serialize(state, buffer);

        Assert.Equal(serializer.Serialize(state).ToArray(), buffer.WrittenSpan.ToArray());
        // Chinese text stays as it is, readable in a table row, not \u-escaped.
        Assert.Contains("暖气不热", System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private async Task<GrainState<TestState>> Read(GrainId grain)
    {
        var read = new GrainState<TestState>();
        await _storage.ReadStateAsync(StateName, grain, read);
        return read;
    }

    public sealed class TestState
    {
        public string? Title { get; set; }

        public List<string> Events { get; set; } = [];

        public static TestState Sample(int events) => new()
        {
            Title = "供热：暖气不热，室温不达标",
            Events = Enumerable.Range(0, events).Select(i => $"{i}: 派单至离石区供热公司，要求三十分钟内签收并回复来电人").ToList(),
        };
    }
}
