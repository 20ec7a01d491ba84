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

    /// <summary>One page of the open (non-terminal) orders a department is actively handling.</summary>
    Task<OrderPage> OpenOfDepartment(string department, int pageSize, string? continuation, CancellationToken cancellationToken = default);

    /// <summary>One order's row, or null; the receipt instant is part of the row's key.</summary>
    Task<OrderSummary?> Get(string orderId, DateTimeOffset receivedAt, CancellationToken cancellationToken = default);
}
