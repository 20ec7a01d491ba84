using System.Globalization;
using System.Text;
using Azure;
using System.Text.Json;
using Azure.Data.Tables;
using Hotline.Grains.Streams;
using Hotline.Contracts.Orders;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Indexing;

/// <summary>
/// The order index in an Azure table. The row key starts with inverted ticks of the receipt time,
/// so a plain query lists the newest orders first. Each handling department is also a boolean
/// column (D_RL_LS = true) because Table Storage cannot filter inside a list.
/// </summary>
public sealed class AzureTableOrderIndex(TableServiceClient service, IOptions<OrderIndexOptions> options) : IOrderIndex
{
    private readonly TableClient _table = service.GetTableClient(options.Value.TableName);
    private readonly string _partition = options.Value.Partition;
    private Task? _created;

    public async Task Upsert(OrderSummary order, CancellationToken cancellationToken = default)
    {
        await EnsureTable(cancellationToken);
        var entity = new TableEntity(_partition, RowKey(order))
        {
            ["OrderId"] = order.Id,
            ["Status"] = order.Status,
            ["StatusText"] = order.StatusText,
            ["Category"] = order.Category,
            ["DistrictCode"] = order.DistrictCode,
            ["Lead"] = order.Lead,
            ["TaskForce"] = order.TaskForce,
            ["ReceivedAt"] = order.ReceivedAt,
            ["Overdue"] = order.Overdue,
            ["Title"] = order.Title,
            ["Departments"] = string.Join(',', order.Departments),
            ["NextDueAt"] = order.NextDueAt,
            ["Open"] = !StatusCodes.IsTerminal(order.Status),
            ["DispatchedAt"] = order.DispatchedAt,
            ["CompletedAt"] = order.CompletedAt,
            ["Urgency"] = order.Urgency,
            ["Sequence"] = order.Sequence,
            ["SameDayDueAt"] = order.SameDayDueAt,
            ["NextCallbackAt"] = order.NextCallbackAt,
            ["CallbackAttempts"] = order.CallbackAttempts,
            ["Clocks"] = JsonSerializer.Serialize(order.Clocks, ClockJson),
        };
        foreach (var department in order.Departments)
            entity[DepartmentColumn(department)] = true;
        // Replace, not merge: a department that lost the order must lose its column too.
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<OrderPage> Find(OrderQuery query, CancellationToken cancellationToken = default)
    {
        await EnsureTable(cancellationToken);
        var filter = new StringBuilder(TableClient.CreateQueryFilter($"PartitionKey eq {_partition}"));
        if (query.Status is { } status) filter.Append(" and ").Append(TableClient.CreateQueryFilter($"Status eq {status}"));
        if (query.TaskForce is { } taskForce) filter.Append(" and ").Append(TableClient.CreateQueryFilter($"TaskForce eq {taskForce}"));
        if (query.Overdue is { } overdue) filter.Append(" and ").Append(TableClient.CreateQueryFilter($"Overdue eq {overdue}"));
        if (query.Department is { } department) filter.Append(" and ").Append(DepartmentColumn(department)).Append(" eq true");

        var pages = _table.QueryAsync<TableEntity>(filter.ToString(), query.PageSize, cancellationToken: cancellationToken)
            .AsPages(query.Continuation, query.PageSize);
        await foreach (var page in pages)
            return new OrderPage(page.Values.Select(ToSummary).ToArray(), page.ContinuationToken);
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
            return new OrderPage(page.Values.Select(ToSummary).ToArray(), page.ContinuationToken);
        return new OrderPage([], null);
    }

    public async Task<OrderPage> OpenOfDepartment(string department, int pageSize, string? continuation, CancellationToken cancellationToken = default)
    {
        await EnsureTable(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {_partition} and Open eq true")
            + " and " + DepartmentColumn(department) + " eq true";
        var pages = _table.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken)
            .AsPages(continuation, pageSize);
        await foreach (var page in pages)
            return new OrderPage(page.Values.Select(ToSummary).ToArray(), page.ContinuationToken);
        return new OrderPage([], null);
    }

    public async Task<OrderSummary?> Get(string orderId, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        await EnsureTable(cancellationToken);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(_partition, RowKey(orderId, receivedAt), cancellationToken: cancellationToken);
        return row.HasValue ? ToSummary(row.Value!) : null;
    }

    private static readonly JsonSerializerOptions ClockJson = new(JsonSerializerDefaults.Web);

    private Task EnsureTable(CancellationToken cancellationToken) =>
        _created ??= _table.CreateIfNotExistsAsync(cancellationToken);

    private static string RowKey(OrderSummary order) => RowKey(order.Id, order.ReceivedAt);

    private static string RowKey(string orderId, DateTimeOffset receivedAt) =>
        $"{(DateTimeOffset.MaxValue.UtcTicks - receivedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)}-{orderId}";

    /// <summary>Column names allow letters, digits and underscores only.</summary>
    public static string DepartmentColumn(string department)
    {
        var name = new StringBuilder("D_");
        foreach (var c in department)
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        return name.ToString();
    }

    private static OrderSummary ToSummary(TableEntity e) => new(
        e.GetString("OrderId"),
        e.GetString("Status"),
        e.GetString("Category"),
        e.GetString("DistrictCode"),
        e.GetString("Lead"),
        e.GetString("TaskForce"),
        e.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
        e.GetBoolean("Overdue") ?? false,
        e.GetString("Title"),
        (e.GetString("Departments") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        e.GetDateTimeOffset("NextDueAt"),
        e.GetString("StatusText") ?? "")
    {
        Clocks = e.GetString("Clocks") is { Length: > 0 } clocks
            ? JsonSerializer.Deserialize<ClockSnapshot[]>(clocks, ClockJson) ?? []
            : [],
        DispatchedAt = e.GetDateTimeOffset("DispatchedAt"),
        CompletedAt = e.GetDateTimeOffset("CompletedAt"),
        Urgency = e.GetString("Urgency") ?? "normal",
        Sequence = e.GetInt64("Sequence") ?? 0,
        SameDayDueAt = e.GetDateTimeOffset("SameDayDueAt"),
        NextCallbackAt = e.GetDateTimeOffset("NextCallbackAt"),
        CallbackAttempts = e.GetInt32("CallbackAttempts") ?? 0,
    };
}
