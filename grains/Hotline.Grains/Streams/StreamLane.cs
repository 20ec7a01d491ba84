using Hotline.Contracts.Streams;

namespace Hotline.Grains.Streams;

/// <summary>
/// One stream's queue of events waiting to be sent. At most one send is in flight per lane, so
/// batches reach the stream in the order their events were added. One caller's events always travel
/// in the same batch, so its one completion tells the whole truth about them.
/// </summary>
public sealed class StreamLane(Func<OrderEventBatch, Task> send)
{
    private readonly object _gate = new();
    private List<Waiting> _waiting = [];
    private bool _sending;

    public Task Add(IReadOnlyList<OrderEvent> events)
    {
        // Completed by the send loop itself: the continuation is the caller's await, which Orleans posts back to the
        // caller's own scheduler anyway, so an extra hop through the thread pool would only add latency.
        var waiting = new Waiting(events, new TaskCompletionSource());
        bool start;
        lock (_gate)
        {
            _waiting.Add(waiting);
            start = !_sending;
            _sending = true;
        }
        // Off the caller's scheduler: a grain's turn must not carry the lane's send loop.
        if (start) _ = Task.Run(SendAll);
        return waiting.Done.Task;
    }

    private async Task SendAll()
    {
        while (true)
        {
            List<Waiting> taken;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _sending = false;
                    return;
                }
                taken = _waiting;
                _waiting = [];
            }
            foreach (var batch in Slices(taken)) await Send(batch);
        }
    }

    private async Task Send(List<Waiting> batch)
    {
        try
        {
            var events = new List<OrderEvent>(batch.Sum(w => w.Events.Count));
            foreach (var w in batch) events.AddRange(w.Events);
            await send(new OrderEventBatch(events));
            foreach (var w in batch) w.Done.TrySetResult();
        }
        catch (Exception e)
        {
            // The callers keep these events above their outbox mark and send them again later.
            foreach (var w in batch) w.Done.TrySetException(e);
        }
    }

    /// <summary>Consecutive callers packed up to <see cref="OrderEventPublisher.MaxBatch"/> events per message.</summary>
    private static IEnumerable<List<Waiting>> Slices(List<Waiting> taken)
    {
        var slice = new List<Waiting>();
        var size = 0;
        foreach (var w in taken)
        {
            if (slice.Count > 0 && size + w.Events.Count > OrderEventPublisher.MaxBatch)
            {
                yield return slice;
                slice = [];
                size = 0;
            }
            slice.Add(w);
            size += w.Events.Count;
        }
        if (slice.Count > 0) yield return slice;
    }

    private sealed record Waiting(IReadOnlyList<OrderEvent> Events, TaskCompletionSource Done);
}
