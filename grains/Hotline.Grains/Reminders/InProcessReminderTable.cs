namespace Hotline.Grains.Reminders;

/// <summary>
/// The in-memory silo's reminder table, held in this process as its grain state is
/// (<see cref="Storage.CompactMemoryGrainStorage"/>). Orleans' in-memory reminder service keeps its
/// table in one grain: every registration is a call to that grain, its entry deep-copied on the way in and
/// out, and at a thousand transitions a second those copies were a good share of what each young collection
/// had to keep (the heap of a board phase held seven entries per registered order). Semantics are those of
/// <see cref="TableReminderTable"/>: an upsert keeps the last registration and returns a new version, a
/// removal names the version it read and is refused (false) when the row changed or is gone, a range of the
/// ring is (begin, end], wrapping when begin ≥ end. One lock: registrations are a few thousand a second at
/// most, and a range read (at start, on a ring change and on the service's periodic refresh) is a scan.
/// </summary>
public sealed class InProcessReminderTable : IReminderTable
{
    private readonly Lock _lock = new();
    // Almost every grain holds one reminder (an order's clock): an array per grain costs less than a dictionary.
    private readonly Dictionary<GrainId, ReminderEntry[]> _rows = [];
    private long _version;

    public Task Init() => Task.CompletedTask;

    public Task<ReminderTableData> ReadRows(GrainId grainId)
    {
        lock (_lock)
            return Task.FromResult(new ReminderTableData(_rows.TryGetValue(grainId, out var own) ? own.Select(Copy).ToList() : []));
    }

    public Task<ReminderTableData> ReadRows(uint begin, uint end)
    {
        var rows = new List<ReminderEntry>();
        lock (_lock)
        {
            foreach (var (grain, own) in _rows)
                if (InRange(grain.GetUniformHashCode(), begin, end)) rows.AddRange(own.Select(Copy));
        }
        return Task.FromResult(new ReminderTableData(rows));
    }

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        lock (_lock)
            return Task.FromResult(Find(grainId, reminderName, out var own, out var at) ? Copy(own[at]) : null);
    }

    public Task<string?> UpsertRow(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_lock)
        {
            // The caller keeps and may change its entry (Orleans sets the returned version on it): the table keeps its own.
            var stored = Copy(entry);
            stored.ETag = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (Find(entry.GrainId, entry.ReminderName, out var own, out var at)) own[at] = stored;
            else _rows[entry.GrainId] = own is null ? [stored] : [.. own, stored];
            return Task.FromResult<string?>(stored.ETag);
        }
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        lock (_lock)
        {
            if (!Find(grainId, reminderName, out var own, out var at) || own[at].ETag != eTag) return Task.FromResult(false);
            if (own.Length == 1) _rows.Remove(grainId);
            else _rows[grainId] = [.. own[..at], .. own[(at + 1)..]];
            return Task.FromResult(true);
        }
    }

    public Task TestOnlyClearTable()
    {
        lock (_lock) _rows.Clear();
        return Task.CompletedTask;
    }

    /// <summary>How many reminders the table holds (for the silo's own checks and tests).</summary>
    public int Count
    {
        get
        {
            lock (_lock) return _rows.Values.Sum(own => own.Length);
        }
    }

    private bool Find(GrainId grainId, string reminderName, out ReminderEntry[] own, out int at)
    {
        at = -1;
        if (!_rows.TryGetValue(grainId, out own!)) return false;
        at = Array.FindIndex(own, r => string.Equals(r.ReminderName, reminderName, StringComparison.Ordinal));
        return at >= 0;
    }

    /// <summary>Orleans' convention for a silo's share of the ring: (begin, end], wrapping round when begin ≥ end (begin = end: all).</summary>
    internal static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private static ReminderEntry Copy(ReminderEntry entry) => new()
    {
        GrainId = entry.GrainId,
        ReminderName = entry.ReminderName,
        StartAt = entry.StartAt,
        Period = entry.Period,
        ETag = entry.ETag,
    };
}
