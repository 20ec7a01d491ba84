using System.Text;
using Azure;
using Azure.Data.Tables;
using Hotline.Contracts.Orders;
using Hotline.Grains.Storage;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Indexing;

/// <summary>
/// The order index in an Azure table, one partition per service (rows: <see cref="OrderRows"/>).
/// Writes go through a group commit: every transition upserts a row, and concurrent ones share
/// one entity group transaction instead of one round trip each.
/// </summary>
public sealed class AzureTableOrderIndex : IOrderIndex
{
    private readonly TableClient _table;
    private readonly string _partition;
    private readonly TableGroupCommit _commits;
    private readonly TableCreation _creation;

    public AzureTableOrderIndex(TableServiceClient service, IOptions<OrderIndexOptions> options)
    {
        _table = service.GetTableClient(options.Value.TableName);
        _creation = new TableCreation(_table);
        _partition = options.Value.Partition;
        _commits = new TableGroupCommit(_table, EnsureTable);
    }

    /// <summary>
    /// Joins the partition's next group commit; completes when the transaction holding the row (or a
    /// newer row of the same order) committed, so a read after it sees the row.
    /// </summary>
    public Task Upsert(OrderSummary order, CancellationToken cancellationToken = default) =>
        // Replace, not merge: a department that lost the order must lose its column too.
        _commits.Upsert(OrderRows.ToEntity(_partition, order), order.Sequence, cancellationToken);

    public async Task<OrderPage> Find(OrderQuery query, CancellationToken cancellationToken = default)
    {
        await EnsureTable(cancellationToken);
        var filter = new StringBuilder(TableClient.CreateQueryFilter($"PartitionKey eq {_partition}"));
        if (query.Status is { } status) filter.Append(" and ").Append(TableClient.CreateQueryFilter($"Status eq {status}"));
        if (query.TaskForce is { } taskForce) filter.Append(" and ").Append(TableClient.CreateQueryFilter($"TaskForce eq {taskForce}"));
        if (query.Overdue is { } overdue) filter.Append(" and ").Append(TableClient.CreateQueryFilter($"Overdue eq {overdue}"));
        if (query.Department is { } department) filter.Append(" and ").Append(OrderRows.DepartmentColumn(department)).Append(" eq true");

        var pages = _table.QueryAsync<TableEntity>(filter.ToString(), query.PageSize, cancellationToken: cancellationToken)
            .AsPages(query.Continuation, query.PageSize);
        await foreach (var page in pages)
            return new OrderPage(page.Values.Select(OrderRows.ToSummary).ToArray(), page.ContinuationToken);
        return new OrderPage([], null);
    }

    public async Task<OrderPage> Live(LiveOrdersQuery query, CancellationToken cancellationToken = default)
    {
        await EnsureTable(cancellationToken);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {_partition} and (Open eq true or ReceivedAt ge {query.Since} or CompletedAt ge {query.Since})");
        var pages = _table.QueryAsync<TableEntity>(filter, query.PageSize, cancellationToken: cancellationToken)
            .AsPages(query.Continuation, query.PageSize);
        await foreach (var page in pages)
            return new OrderPage(page.Values.Select(OrderRows.ToSummary).ToArray(), page.ContinuationToken);
        return new OrderPage([], null);
    }

    public async Task<OrderPage> OpenOfDepartment(string department, int pageSize, string? continuation, CancellationToken cancellationToken = default)
    {
        await EnsureTable(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {_partition} and Open eq true")
            + " and " + OrderRows.DepartmentColumn(department) + " eq true";
        var pages = _table.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken)
            .AsPages(continuation, pageSize);
        await foreach (var page in pages)
            return new OrderPage(page.Values.Select(OrderRows.ToSummary).ToArray(), page.ContinuationToken);
        return new OrderPage([], null);
    }

    public async Task<OrderSummary?> Get(string orderId, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        await EnsureTable(cancellationToken);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(_partition, OrderRows.RowKey(orderId, receivedAt), cancellationToken: cancellationToken);
        return row.HasValue ? OrderRows.ToSummary(row.Value!) : null;
    }

    private Task EnsureTable(CancellationToken cancellationToken) => _creation.Ensure(cancellationToken);
}
