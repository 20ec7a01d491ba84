using System.Collections.Concurrent;
using Hotline.Contracts.Streams;
using Orleans.Streams;

namespace Hotline.Integration.Tests.Infrastructure;

/// <summary>A test client's subscription to one stream, collecting the events that arrive (batches flattened) in order.</summary>
public sealed class OrderStreamProbe : IAsyncDisposable
{
    private readonly ConcurrentQueue<OrderEvent> _received = new();
    private StreamSubscriptionHandle<OrderEventBatch>? _handle;

    public IReadOnlyList<OrderEvent> Received => _received.ToArray();

    public static Task<OrderStreamProbe> Subscribe(IClusterClient client, string streamNamespace, string key) =>
        Subscribe(client, streamNamespace, key, _ => true);

    /// <summary>One order's events, as a client watching that order gets them: its board shard, filtered.</summary>
    public static Task<OrderStreamProbe> ForOrder(IClusterClient client, string orderId) =>
        Subscribe(client, StreamNames.Board, StreamNames.BoardShard(orderId), e => e.OrderId == orderId);

    private static async Task<OrderStreamProbe> Subscribe(IClusterClient client, string streamNamespace, string key, Func<OrderEvent, bool> keep)
    {
        var probe = new OrderStreamProbe();
        var stream = client.GetStreamProvider(StreamNames.Provider).GetStream<OrderEventBatch>(StreamNames.For(streamNamespace, key));
        probe._handle = await stream.SubscribeAsync((batch, _) =>
        {
            foreach (var e in batch.Events.Where(keep)) probe._received.Enqueue(e);
            return Task.CompletedTask;
        });
        return probe;
    }

    public async ValueTask DisposeAsync()
    {
        if (_handle is not null) await _handle.UnsubscribeAsync();
    }
}
