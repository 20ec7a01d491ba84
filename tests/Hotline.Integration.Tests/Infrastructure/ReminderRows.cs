using Azure.Data.Tables;
using Hotline.Grains.Reminders;

namespace Hotline.Integration.Tests.Infrastructure;

/// <summary>An order's durable clock as the silo's reminder table holds it on Azurite, read directly.</summary>
public static class ReminderRows
{
    /// <summary>Every reminder row of the service for that order (one, when all is well).</summary>
    public static async Task<IReadOnlyList<TableEntity>> OfOrder(string serviceId, string orderId)
    {
        var rows = new TableServiceClient(Azurite.ConnectionString).GetTableClient(TableReminderTable.TableName);
        var grain = GrainId.Create("workorder", orderId).ToString();
        var mine = new List<TableEntity>();
        await foreach (var row in rows.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {serviceId}")))
            if (row.GetString("GrainId") == grain) mine.Add(row);
        return mine;
    }
}
