using System.Collections.Concurrent;
using System.Globalization;
using Hotline.Contracts.Orders;

namespace Hotline.Grains.Indexing;

/// <summary>The order index of the in-memory demo silo; gone with the process, like its grain state.</summary>
public sealed class InMemoryOrderIndex : IOrderIndex
{
    private readonly ConcurrentDictionary<string, OrderSummary> _rows = new();

    public Task Upsert(OrderSummary order, CancellationToken cancellationToken = default)
    {
        _rows[order.Id] = order;
        return Task.CompletedTask;
    }

    public Task<OrderPage> Find(OrderQuery query, CancellationToken cancellationToken = default)
    {
        var skip = int.TryParse(query.Continuation, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var matches = _rows.Values
            .Where(o => query.Status is null || o.Status == query.Status)
            .Where(o => query.Department is null || o.Departments.Contains(query.Department))
            .Where(o => query.TaskForce is null || o.TaskForce == query.TaskForce)
            .Where(o => query.Overdue is null || o.Overdue == query.Overdue)
            .OrderByDescending(o => o.ReceivedAt).ThenBy(o => o.Id, StringComparer.Ordinal)
            .Skip(skip).Take(query.PageSize + 1).ToList();
        var more = matches.Count > query.PageSize;
        var page = new OrderPage(matches.Take(query.PageSize).ToArray(),
            more ? (skip + query.PageSize).ToString(CultureInfo.InvariantCulture) : null);
        return Task.FromResult(page);
    }
}
