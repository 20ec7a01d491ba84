using System.Collections.Concurrent;
using Hotline.Contracts.Streams;
using Orleans.Streams;

namespace Hotline.Grains.Streams;

/// <summary>
/// The silo's one way onto the order-event streams: a group commit per stream. Order grains hand
/// over their persisted events and await them; everything that arrives for a stream while its
/// previous batch is on the way leaves together in the next one. An idle stream sends at once (no
/// timer), a busy one sends one queue message per round trip however many orders wrote meanwhile —
/// publishing one message per event and stream filled the memory queues at a few thousand
/// transitions a second and held the screens seconds behind.
/// </summary>
public sealed class OrderEventPublisher(IClusterClient client) : IOrderEventPublisher
{
    /// <summary>Events per queue message: keeps one message, and one consumer turn, bounded.</summary>
    public const int MaxBatch = 256;

    private readonly ConcurrentDictionary<StreamId, StreamLane> _lanes = new();
    private IStreamProvider? _provider;

    /// <summary>
    /// Completes when every event has been accepted by every named stream's queue, in the order given
    /// (one order's events keep their order on each stream); fails if any batch holding them failed.
    /// </summary>
    public Task Publish(IReadOnlyList<StreamId> streams, IReadOnlyList<OrderEvent> events)
    {
        if (events.Count == 0 || streams.Count == 0) return Task.CompletedTask;
        var pending = new Task[streams.Count];
        for (var i = 0; i < streams.Count; i++)
            pending[i] = _lanes.GetOrAdd(streams[i], NewLane).Add(events);
        return Task.WhenAll(pending);
    }

    /// <summary>Lanes are kept: there is one per board shard, department and task force, a bounded set.</summary>
    private StreamLane NewLane(StreamId id)
    {
        var stream = Provider.GetStream<OrderEventBatch>(id);
        return new StreamLane(batch => stream.OnNextAsync(batch));
    }

    private IStreamProvider Provider => _provider ??= client.GetStreamProvider(StreamNames.Provider);
}
