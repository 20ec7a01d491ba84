using Hotline.Contracts.Streams;
using Hotline.Grains.Streams;
using Hotline.Integration.Tests.Infrastructure;

namespace Hotline.Integration.Tests.Streams;

/// <summary>
/// The publisher's group commit per stream: what waits while a batch is on the way leaves together, in
/// order, one caller's events never split, and a failed send fails exactly the callers it carried.
/// </summary>
public sealed class StreamLaneTests
{
    [Fact]
    public async Task A_lone_add_is_sent_at_once_as_one_batch()
    {
        var sent = new List<OrderEventBatch>();
        var lane = new StreamLane(b =>
        {
            lock (sent) sent.Add(b);
            return Task.CompletedTask;
        });

        await lane.Add([Event("A", 1), Event("A", 2)]).WaitAsync(TimeSpan.FromSeconds(10));

        var batch = Assert.Single(sent);
        Assert.Equal([1L, 2L], batch.Events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task What_arrives_during_a_send_leaves_together_in_order()
    {
        var gate = new TaskCompletionSource();
        var sent = new List<OrderEventBatch>();
        var lane = new StreamLane(async b =>
        {
            lock (sent) sent.Add(b);
            if (sent.Count == 1) await gate.Task;
        });

        var first = lane.Add([Event("A", 1)]);
        await Eventually.True(() => Task.FromResult(CountOf(sent) == 1), "the first batch is on the way");
        var waiting = new[] { lane.Add([Event("B", 1)]), lane.Add([Event("C", 1), Event("C", 2)]), lane.Add([Event("A", 2)]) };
        Assert.All(waiting, t => Assert.False(t.IsCompleted));

        gate.SetResult();
        await Task.WhenAll(waiting.Append(first)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, sent.Count);
        Assert.Equal(["B1", "C1", "C2", "A2"], sent[1].Events.Select(e => e.OrderId + e.Sequence));
    }

    [Fact]
    public async Task A_failed_send_fails_its_callers_only()
    {
        var calls = 0;
        var lane = new StreamLane(_ => Interlocked.Increment(ref calls) == 1
            ? Task.FromException(new InvalidOperationException("queue full"))
            : Task.CompletedTask);

        var failed = lane.Add([Event("A", 1)]);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => failed.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("queue full", error.Message);

        await lane.Add([Event("A", 1)]).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Batches_are_bounded_but_never_split_one_callers_events()
    {
        var gate = new TaskCompletionSource();
        var sent = new List<OrderEventBatch>();
        var lane = new StreamLane(async b =>
        {
            lock (sent) sent.Add(b);
            if (sent.Count == 1) await gate.Task;
        });

        var first = lane.Add([Event("X", 1)]);
        await Eventually.True(() => Task.FromResult(CountOf(sent) == 1), "the first batch is on the way");
        var big = lane.Add(Events("B", OrderEventPublisher.MaxBatch - 56));
        var middle = lane.Add(Events("M", 100));
        var huge = lane.Add(Events("H", OrderEventPublisher.MaxBatch + 44));
        gate.SetResult();
        await Task.WhenAll(first, big, middle, huge).WaitAsync(TimeSpan.FromSeconds(10));

        // 200 + 100 would pass 256: the 100 wait for the next message, and 300 of one caller stay together.
        Assert.Equal([1, 200, 100, 300], sent.Select(b => b.Events.Count));
        Assert.All(sent.Skip(1), b => Assert.Single(b.Events.Select(e => e.OrderId).Distinct()));
    }

    private static int CountOf(List<OrderEventBatch> sent)
    {
        lock (sent) return sent.Count;
    }

    private static OrderEvent[] Events(string orderId, int count) =>
        Enumerable.Range(1, count).Select(i => Event(orderId, i)).ToArray();

    private static OrderEvent Event(string orderId, long sequence) => TestEvents.Heating(orderId, sequence);
}
