using Hotline.Contracts.Streams;
using Orleans.Streams;

namespace Hotline.Grains.Streams;

/// <summary>
/// Attaches a consumer grain to the stream named by its own key (implicit subscription): the
/// department grain RL-LS to department/RL-LS, and so on. The stream carries batches; the consumer
/// sees their events one by one, in order, and then <c>afterBatch</c> once, so a consumer that
/// persists writes once per batch rather than once per event.
/// </summary>
public static class OwnStream
{
    public static Task Subscribe(Grain grain, string streamNamespace, Func<OrderEvent, Task> onEvent, Func<Task>? afterBatch = null) =>
        grain.GetStreamProvider(StreamNames.Provider)
            .GetStream<OrderEventBatch>(StreamNames.For(streamNamespace, grain.GetPrimaryKeyString()))
            .SubscribeAsync(async (batch, _) =>
            {
                foreach (var e in batch.Events) await onEvent(e);
                if (afterBatch is not null) await afterBatch();
            });
}
