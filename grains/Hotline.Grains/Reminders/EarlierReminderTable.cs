using Azure;
using Azure.Data.Tables;
using Hotline.Grains.Storage;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Reminders;

/// <summary>
/// Moves the reminders Orleans' Azure Table reminder provider kept (versions before December 2026:
/// table <see cref="TableName"/>, one single-row request per registration) into <see cref="TableReminderTable"/>'s
/// rows. An open order's clock lives in its reminder, so a silo that started without them would let
/// those deadlines pass unseen: the move runs before the reminder service reads its range, and
/// storage that fails stops the start rather than leave them behind (a row that does not read is logged and left). Each row is written to the new table
/// first (a row already there is newer: kept) and only then deleted, so a crash in between repeats
/// the move, never loses a reminder. Upgrade all silos together: a silo still running the earlier
/// version would go on writing the old table.
/// </summary>
internal sealed class EarlierReminderTable(TableServiceClient tables, string serviceId, ILogger logger)
{
    public const string TableName = "HotlineReminders";

    /// <summary>Moves this service's rows; how many moved.</summary>
    public async Task<int> MoveInto(Func<TableEntity, Task<bool>> insertIfAbsent, CancellationToken cancellationToken)
    {
        var earlier = tables.GetTableClient(TableName);
        var moved = 0;
        try
        {
            var rows = earlier.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"ServiceId eq {serviceId}"), cancellationToken: cancellationToken);
            await foreach (var row in rows)
            {
                if (ToEntry(row) is not { } entry) continue;
                if (await insertIfAbsent(ReminderRows.ToRow(serviceId, entry))) moved++;
                await Forget(earlier, row, cancellationToken);
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return 0; // No earlier table: nothing ever ran the earlier version against this storage.
        }
        if (moved > 0) logger.LogInformation("Moved {Count} reminders of service {ServiceId} from {Earlier} into the reminder rows.", moved, serviceId, TableName);
        return moved;
    }

    /// <summary>Another silo starting at the same time may have moved and deleted it first.</summary>
    private static async Task Forget(TableClient earlier, TableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await earlier.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
        }
    }

    /// <summary>
    /// The earlier provider's columns: GrainReference, ReminderName, StartAt as Orleans prints dates, Period as a
    /// TimeSpan. A row that does not read is left where it is and named in the log: that provider skipped such
    /// rows too (it never fired), and one bad row must not keep the silo from starting.
    /// </summary>
    private ReminderEntry? ToEntry(TableEntity row)
    {
        try
        {
            return new ReminderEntry
            {
                GrainId = GrainId.Parse(row.GetString("GrainReference")),
                ReminderName = row.GetString("ReminderName") ?? throw new FormatException("no ReminderName"),
                StartAt = LogFormatter.ParseDate(row.GetString("StartAt")),
                Period = TimeSpan.Parse(row.GetString("Period"), System.Globalization.CultureInfo.InvariantCulture),
            };
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            logger.LogError(e, "Reminder row {Partition}/{Row} in {Earlier} does not read and was not moved.", row.PartitionKey, row.RowKey, TableName);
            return null;
        }
    }
}
