using Hotline.Contracts.Streams;

namespace Hotline.Grains.Streams;

/// <summary>How an order puts its persisted events on their streams (<see cref="OrderEventPublisher"/>).</summary>
public interface IOrderEventPublisher
{
    /// <summary>Completes when every event is on every stream, in the order given; fails if any of them is not.</summary>
    Task Publish(IReadOnlyList<StreamId> streams, IReadOnlyList<OrderEvent> events);
}
