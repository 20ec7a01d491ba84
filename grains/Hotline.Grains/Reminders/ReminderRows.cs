using System.Globalization;
using Azure.Data.Tables;
using Hotline.Grains.Storage;

namespace Hotline.Grains.Reminders;

/// <summary>
/// A reminder's row in <see cref="TableReminderTable"/>: every reminder of a service in one partition
/// (so registrations that meet are committed together, one transaction per partition), row
/// <c>grain id|reminder name</c>, the grain's uniform hash as fixed-width hex so a silo's range of the
/// ring is one filtered query.
/// </summary>
internal static class ReminderRows
{
    private const string GrainColumn = "GrainId";
    private const string NameColumn = "Name";
    private const string StartColumn = "StartAt";
    private const string PeriodColumn = "PeriodTicks";
    private const string HashColumn = "Hash";

    public static string Partition(string serviceId) => StateRowKeys.Escape(serviceId);

    /// <summary>Where the rows of <paramref name="grain"/> begin; the grain column tells a grain id that merely starts the same way.</summary>
    public static string RowPrefix(GrainId grain) => StateRowKeys.Escape(grain.ToString()) + "|";

    public static string Row(GrainId grain, string reminderName) => RowPrefix(grain) + StateRowKeys.Escape(reminderName);

    public static string Hash(uint hash) => hash.ToString("X8", CultureInfo.InvariantCulture);

    public static TableEntity ToRow(string serviceId, ReminderEntry entry) => new(Partition(serviceId), Row(entry.GrainId, entry.ReminderName))
    {
        [GrainColumn] = entry.GrainId.ToString(),
        [NameColumn] = entry.ReminderName,
        [StartColumn] = DateTime.SpecifyKind(entry.StartAt.ToUniversalTime(), DateTimeKind.Utc),
        [PeriodColumn] = entry.Period.Ticks,
        [HashColumn] = Hash(entry.GrainId.GetUniformHashCode()),
    };

    public static ReminderEntry ToEntry(TableEntity row) => new()
    {
        GrainId = GrainId.Parse(row.GetString(GrainColumn)),
        ReminderName = row.GetString(NameColumn),
        StartAt = row.GetDateTimeOffset(StartColumn)?.UtcDateTime ?? throw new FormatException($"Reminder row {row.RowKey} has no {StartColumn}."),
        Period = TimeSpan.FromTicks(row.GetInt64(PeriodColumn) ?? 0),
        ETag = row.ETag.ToString(),
    };

    public static bool Belongs(TableEntity row, GrainId grain) => string.Equals(row.GetString(GrainColumn), grain.ToString(), StringComparison.Ordinal);

    /// <summary>
    /// Rows whose hash lies in (begin, end]; when begin ≥ end the range wraps round the ring
    /// (Orleans' convention), and begin = end is the whole ring.
    /// </summary>
    public static string RangeFilter(string partition, uint begin, uint end)
    {
        var inPartition = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        // Fixed-width upper-case hex compares as text in the order of the numbers (and needs no escaping).
        var after = $"{HashColumn} gt '{Hash(begin)}'";
        var upTo = $"{HashColumn} le '{Hash(end)}'";
        if (begin == end) return inPartition;
        return begin < end ? $"{inPartition} and {after} and {upTo}" : $"{inPartition} and ({after} or {upTo})";
    }

    public static string GrainFilter(string partition, GrainId grain)
    {
        var prefix = RowPrefix(grain);
        var next = prefix[..^1] + (char)('|' + 1);
        return TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {next}");
    }
}
