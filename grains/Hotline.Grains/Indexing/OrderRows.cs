using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Hotline.Contracts.Orders;
using Hotline.Grains.Streams;

namespace Hotline.Grains.Indexing;

/// <summary>
/// An order's index row. The row key starts with inverted ticks of the receipt time, so a plain query
/// lists the newest orders first. Each handling department is also a boolean column (D_RL_LS = true)
/// because Table Storage cannot filter inside a list.
/// </summary>
public static class OrderRows
{
    public static TableEntity ToEntity(string partition, OrderSummary order)
    {
        var entity = new TableEntity(partition, RowKey(order))
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
        return entity;
    }

    private static readonly JsonSerializerOptions ClockJson = new(JsonSerializerDefaults.Web);

    private static string RowKey(OrderSummary order) => RowKey(order.Id, order.ReceivedAt);

    public static string RowKey(string orderId, DateTimeOffset receivedAt) =>
        $"{(DateTimeOffset.MaxValue.UtcTicks - receivedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)}-{orderId}";

    /// <summary>Column names allow letters, digits and underscores only.</summary>
    public static string DepartmentColumn(string department)
    {
        var name = new StringBuilder("D_");
        foreach (var c in department)
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        return name.ToString();
    }

    public static OrderSummary ToSummary(TableEntity e) => new(
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
