using Hotline.Contracts.Orders;

namespace Hotline.Grains.Indexing;

/// <summary>
/// The read model behind order lists: one row per order, rewritten by the order's grain after each
/// persisted change. Upserts are idempotent, so writing the same row again is harmless.
/// </summary>
public interface IOrderIndex
{
    Task Upsert(OrderSummary order, CancellationToken cancellationToken = default);

    Task<OrderPage> Find(OrderQuery query, CancellationToken cancellationToken = default);

    /// <summary>Open orders, and orders received or completed at or after <see cref="LiveOrdersQuery.Since"/>.</summary>
    Task<OrderPage> Live(LiveOrdersQuery query, CancellationToken cancellationToken = default);
}
