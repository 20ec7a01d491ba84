namespace Hotline.Grains.Departments;

/// <summary>Which of a department's counters an event moves.</summary>
public enum DepartmentCounter
{
    Received,
    Returned,
    Completed,
}

/// <summary>
/// A department's counters, with a mark per order of the last event that moved one, so a repeated delivery is not
/// counted twice; and the changes its ledger has not stored yet, in the order they happened. Marks of orders the
/// department still holds are kept; of those it let go, only the latest <c>releasedCapacity</c>.
/// Writing costs the changes, not the marks held: each write carries the counters as they stood after its last
/// change, so an interrupted flush leaves counters and marks that agree.
/// </summary>
public sealed class DepartmentTally(Func<string, bool> holds, int releasedCapacity = DepartmentTally.DefaultReleasedCapacity)
{
    /// <summary>Marks kept for orders the department no longer holds (a late repeat of one of those is still caught).</summary>
    public const int DefaultReleasedCapacity = 512;

    private readonly Dictionary<string, Mark> _marks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stored = new(StringComparer.Ordinal);
    private readonly Queue<string> _released = new();
    private readonly List<Change> _pending = [];
    private string? _version;

    public DepartmentCounts Counts { get; private set; }

    public bool HasPending => _pending.Count > 0;

    /// <summary>Orders with a mark, held or recently released.</summary>
    public int Marks => _marks.Count;

    /// <summary>Takes what the ledger stored; marks of orders no longer held queue for release, oldest first.</summary>
    public void Load(LedgerContents? contents)
    {
        if (contents is null) return;
        Counts = contents.Counts;
        _version = contents.Version;
        foreach (var (orderId, mark) in contents.Marks.OrderBy(m => m.Value.At))
        {
            _marks[orderId] = new Mark(mark);
            _stored.Add(orderId);
            Observe(orderId);
        }
    }

    /// <summary>
    /// Moves what an older version kept in the department's state row into the ledger: the marks first, without
    /// counters, so a move that stops halfway leaves no counters and the next activation moves everything again.
    /// </summary>
    public async Task MoveIn(DepartmentCounts counts, IReadOnlyDictionary<string, CountedMark> marks, IDepartmentLedger ledger, string department)
    {
        foreach (var chunk in marks.Chunk(IDepartmentLedger.MaxMarksPerWrite))
            await ledger.Write(department, null, new LedgerWrite(null, chunk.Select(m => KeyValuePair.Create(m.Key, (CountedMark?)m.Value)).ToList()));
        var version = await ledger.Write(department, null, new LedgerWrite(counts, []));
        Load(new LedgerContents(counts, version!, marks));
    }

    /// <summary>Moves <paramref name="counter"/> unless the order's mark shows this event (or a later one) was counted.</summary>
    public bool Count(string orderId, long sequence, DateTimeOffset at, DepartmentCounter counter)
    {
        _marks.TryGetValue(orderId, out var mark);
        if (mark is not null && sequence <= mark.Value.Sequence) return false;
        Counts = counter switch
        {
            DepartmentCounter.Received => Counts with { Received = Counts.Received + 1 },
            DepartmentCounter.Returned => Counts with { Returned = Counts.Returned + 1 },
            _ => Counts with { Completed = Counts.Completed + 1 },
        };
        var value = new CountedMark(sequence, at);
        if (mark is null) _marks[orderId] = new Mark(value);
        else mark.Value = value;
        _pending.Add(new Change(orderId, value, Counts));
        return true;
    }

    /// <summary>
    /// Called after each event of an order: once the department no longer holds it, its mark joins the released
    /// ones, and the oldest beyond capacity are forgotten (an O(1) step per event, whatever the marks held).
    /// </summary>
    public void Observe(string orderId)
    {
        if (!_marks.TryGetValue(orderId, out var mark) || mark.Released || holds(orderId)) return;
        mark.Released = true;
        _released.Enqueue(orderId);
        while (_released.Count > releasedCapacity && _released.TryDequeue(out var oldest))
        {
            if (!_marks.TryGetValue(oldest, out var released)) continue;
            // Held again since: it queues anew when let go again.
            if (holds(oldest))
            {
                released.Released = false;
                continue;
            }
            _marks.Remove(oldest);
            _pending.Add(new Change(oldest, null, Counts));
        }
    }

    /// <summary>
    /// Writes the pending changes, a ledger write per <see cref="IDepartmentLedger.MaxMarksPerWrite"/> orders. What
    /// committed leaves the pending list; on a failure the rest stays for the next flush.
    /// </summary>
    public async Task Flush(IDepartmentLedger ledger, string department)
    {
        while (_pending.Count > 0)
        {
            var (write, taken) = NextWrite();
            _version = await ledger.Write(department, _version, write);
            foreach (var (orderId, mark) in write.Marks)
            {
                if (mark is null) _stored.Remove(orderId);
                else _stored.Add(orderId);
            }
            _pending.RemoveRange(0, taken);
        }
    }

    /// <summary>The longest run of pending changes that fits one write; an order changed twice in it is written once, as it ended.</summary>
    private (LedgerWrite Write, int Taken) NextWrite()
    {
        var marks = new Dictionary<string, CountedMark?>(StringComparer.Ordinal);
        var taken = 0;
        foreach (var change in _pending)
        {
            if (marks.Count == IDepartmentLedger.MaxMarksPerWrite && !marks.ContainsKey(change.OrderId)) break;
            marks[change.OrderId] = change.Mark;
            taken++;
        }
        // A mark counted and forgotten before it was ever stored needs no row removed.
        var rows = marks.Where(m => m.Value is not null || _stored.Contains(m.Key)).ToList();
        return (new LedgerWrite(_pending[taken - 1].After, rows), taken);
    }

    private sealed class Mark(CountedMark value)
    {
        public CountedMark Value { get; set; } = value;

        /// <summary>Queued among the released marks.</summary>
        public bool Released { get; set; }
    }

    /// <param name="Mark">The order's new mark, or null when it is forgotten.</param>
    /// <param name="After">The counters once this change happened.</param>
    private sealed record Change(string OrderId, CountedMark? Mark, DepartmentCounts After);
}
