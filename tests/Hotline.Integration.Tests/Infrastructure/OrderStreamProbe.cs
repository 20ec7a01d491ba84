using System.Collections.Concurrent;
using Hotline.Contracts.Streams;
using Orleans.Streams;

namespace Hotline.Integration.Tests.Infrastructure;

/// <summary>A test client's subscription to one stream, collecting what arrives in order.</summary>
public sealed class OrderStreamProbe : IAsyncDisposable
{
    private readonly ConcurrentQueue<OrderEvent> _received = new();
    private StreamSubscriptionHandle<OrderEvent>? _handle;

    public IReadOnlyList<OrderEvent> Received => _received.ToArray();

    public static async Task<OrderStreamProbe> Subscribe(IClusterClient client, string streamNamespace, string key)
    {
        var probe = new OrderStreamProbe();
        var stream = client.GetStreamProvider(StreamNames.Provider).GetStream<OrderEvent>(StreamNames.For(streamNamespace, key));
        probe._handle = await stream.SubscribeAsync((e, _) =>
        {
            probe._received.Enqueue(e);
            return Task.CompletedTask;
        });
        return probe;
    }

    public async ValueTask DisposeAsync()
    {
        if (_handle is not null) await _handle.UnsubscribeAsync();
    }
}
