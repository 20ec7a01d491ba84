using Hotline.Contracts.Streams;
using Orleans.Streams;

namespace Hotline.Grains.Streams;

/// <summary>
/// Attaches a consumer grain to the stream named by its own key (implicit subscription): the
/// department grain RL-LS to department/RL-LS, and so on.
/// </summary>
public static class OwnStream
{
    public static Task Subscribe(Grain grain, string streamNamespace, Func<OrderEvent, StreamSequenceToken?, Task> onEvent) =>
        grain.GetStreamProvider(StreamNames.Provider)
            .GetStream<OrderEvent>(StreamNames.For(streamNamespace, grain.GetPrimaryKeyString()))
            .SubscribeAsync(onEvent);
}
