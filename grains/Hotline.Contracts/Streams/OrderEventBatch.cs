namespace Hotline.Contracts.Streams;

/// <summary>
/// What the order-event streams carry: the events of one or more orders, in the order they were
/// published. Each silo gathers the events that are waiting for the same stream into one batch, so a
/// busy stream costs one queue message and one delivery per batch instead of per event. Within a
/// batch, one order's events keep their sequence order; consumers still drop repeats by sequence.
/// </summary>
[GenerateSerializer, Immutable, Alias("hotline.order-event-batch")]
public sealed record OrderEventBatch([property: Id(0)] IReadOnlyList<OrderEvent> Events)
{
    public static OrderEventBatch Of(params OrderEvent[] events) => new(events);
}
