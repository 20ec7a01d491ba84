using System.Collections.Concurrent;
using System.Globalization;
using Hotline.Contracts.Orders;
using Hotline.Grains.Streams;

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

    public Task<OrderPage> Live(LiveOrdersQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(Page(_rows.Values.Where(o => !StatusCodes.IsTerminal(o.Status) || o.ReceivedAt >= query.Since || o.CompletedAt >= query.Since),
            query.PageSize, query.Continuation));

    public Task<OrderPage> Find(OrderQuery query, CancellationToken cancellationToken = default)
    {
        var matches = _rows.Values
            .Where(o => query.Status is null || o.Status == query.Status)
            .Where(o => query.Department is null || o.Departments.Contains(query.Department))
            .Where(o => query.TaskForce is null || o.TaskForce == query.TaskForce)
            .Where(o => query.Overdue is null || o.Overdue == query.Overdue);
        return Task.FromResult(Page(matches, query.PageSize, query.Continuation));
    }

    public Task<OrderPage> OpenOfDepartment(string department, int pageSize, string? continuation, CancellationToken cancellationToken = default) =>
        Task.FromResult(Page(_rows.Values.Where(o => !StatusCodes.IsTerminal(o.Status) && o.Departments.Contains(department)), pageSize, continuation));

    public Task<OrderSummary?> Get(string orderId, DateTimeOffset receivedAt, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rows.TryGetValue(orderId, out var row) ? row : null);

    private static OrderPage Page(IEnumerable<OrderSummary> rows, int pageSize, string? continuation)
    {
        var skip = int.TryParse(continuation, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var matches = rows.OrderByDescending(o => o.ReceivedAt).ThenBy(o => o.Id, StringComparer.Ordinal)
            .Skip(skip).Take(pageSize + 1).ToList();
        var more = matches.Count > pageSize;
        return new OrderPage(matches.Take(pageSize).ToArray(), more ? (skip + pageSize).ToString(CultureInfo.InvariantCulture) : null);
    }
}
