using Hotline.Grains.Departments;

namespace Hotline.Integration.Tests.Grains;

/// <summary>
/// A department's counters and marks (logic, over the in-memory ledger): each event counted once, writes that cost
/// the changes and always agree with their marks, even when a flush or a move stops halfway, and released marks
/// bounded without ever dropping one of an order still held.
/// </summary>
public sealed class DepartmentTallyTests
{
    private const string Department = "RL-LS";
    private static readonly DateTimeOffset Morning = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8));

    private readonly RecordingLedger _ledger = new();
    private readonly HashSet<string> _held = [];

    private DepartmentTally NewTally(int releasedCapacity = DepartmentTally.DefaultReleasedCapacity) => new(_held.Contains, releasedCapacity);

    private static string Order(int i) => $"20261201-{i:D5}";

    [Fact]
    public async Task An_event_is_counted_once_however_often_it_is_delivered_and_after_a_reload()
    {
        var tally = NewTally();
        _held.Add(Order(1));
        Assert.True(tally.Count(Order(1), 3, Morning, DepartmentCounter.Received));
        Assert.False(tally.Count(Order(1), 3, Morning, DepartmentCounter.Received));
        Assert.False(tally.Count(Order(1), 2, Morning, DepartmentCounter.Received));
        Assert.True(tally.Count(Order(1), 5, Morning, DepartmentCounter.Completed));
        await tally.Flush(_ledger, Department);

        var reloaded = NewTally();
        reloaded.Load(await _ledger.Load(Department));
        Assert.False(reloaded.Count(Order(1), 5, Morning, DepartmentCounter.Completed));
        Assert.Equal(new DepartmentCounts(1, 1, 0), reloaded.Counts);
        Assert.False(reloaded.HasPending);
    }

    [Fact]
    public async Task A_flush_writes_only_the_changes_and_each_write_carries_the_counters_of_its_own_marks()
    {
        var tally = NewTally();
        for (var i = 0; i < 250; i++)
        {
            _held.Add(Order(i));
            tally.Count(Order(i), 3, Morning, DepartmentCounter.Received);
        }
        await tally.Flush(_ledger, Department);

        Assert.Equal([99, 99, 52], _ledger.Writes.Select(w => w.Marks.Count));
        Assert.Equal([99, 198, 250], _ledger.Writes.Select(w => w.Counts!.Value.Received));

        // One more order costs one mark, not the 250 already held.
        _ledger.Writes.Clear();
        _held.Add(Order(250));
        tally.Count(Order(250), 3, Morning, DepartmentCounter.Received);
        tally.Count(Order(7), 6, Morning, DepartmentCounter.Returned);
        await tally.Flush(_ledger, Department);
        var write = Assert.Single(_ledger.Writes);
        Assert.Equal([Order(250), Order(7)], write.Marks.Select(m => m.Key));
        Assert.Equal(new DepartmentCounts(251, 0, 1), write.Counts);
    }

    [Fact]
    public async Task A_flush_stopped_halfway_leaves_counters_that_agree_with_the_stored_marks_and_finishes_next_time()
    {
        var tally = NewTally();
        for (var i = 0; i < 150; i++)
        {
            _held.Add(Order(i));
            tally.Count(Order(i), 3, Morning, DepartmentCounter.Received);
        }
        _ledger.FailAfter = 1;
        await Assert.ThrowsAsync<IOException>(() => tally.Flush(_ledger, Department));

        var crashed = (await _ledger.Load(Department))!;
        Assert.Equal(crashed.Marks.Count, crashed.Counts.Received);
        Assert.Equal(99, crashed.Counts.Received);

        _ledger.FailAfter = null;
        await tally.Flush(_ledger, Department);
        var finished = (await _ledger.Load(Department))!;
        Assert.Equal((150, 150), (finished.Counts.Received, finished.Marks.Count));
        Assert.False(tally.HasPending);
    }

    [Fact]
    public async Task Only_the_latest_released_marks_are_kept_and_a_held_order_keeps_its_mark()
    {
        var tally = NewTally(releasedCapacity: 3);
        for (var i = 0; i < 10; i++)
        {
            _held.Add(Order(i));
            tally.Count(Order(i), 3, Morning.AddMinutes(i), DepartmentCounter.Received);
        }
        await tally.Flush(_ledger, Department);

        // Orders 0-5 close in turn; 0, 1 and 2 fall out. Order 3 is taken back before its turn comes.
        for (var i = 0; i < 6; i++)
        {
            _held.Remove(Order(i));
            tally.Observe(Order(i));
        }
        _held.Add(Order(3));
        for (var i = 6; i < 8; i++)
        {
            _held.Remove(Order(i));
            tally.Observe(Order(i));
        }
        await tally.Flush(_ledger, Department);

        var stored = (await _ledger.Load(Department))!;
        Assert.Equal(new[] { 3, 5, 6, 7, 8, 9 }.Select(Order), stored.Marks.Keys.Order());
        Assert.Equal(6, tally.Marks);
        Assert.Equal(10, stored.Counts.Received);
        Assert.False(tally.Count(Order(3), 3, Morning, DepartmentCounter.Received));
    }

    [Fact]
    public async Task A_mark_counted_and_forgotten_before_any_write_costs_no_row()
    {
        var tally = NewTally(releasedCapacity: 0);
        tally.Count(Order(1), 4, Morning, DepartmentCounter.Completed);
        tally.Observe(Order(1));
        await tally.Flush(_ledger, Department);

        var write = Assert.Single(_ledger.Writes);
        Assert.Empty(write.Marks);
        Assert.Equal(new DepartmentCounts(0, 1, 0), write.Counts);
    }

    [Fact]
    public async Task A_move_from_the_old_state_row_that_stops_halfway_leaves_no_counters_and_runs_again()
    {
        var marks = Enumerable.Range(0, 120).ToDictionary(Order, i => new CountedMark(2, Morning));
        var counts = new DepartmentCounts(120, 40, 3);
        _ledger.FailAfter = 1;
        await Assert.ThrowsAsync<IOException>(() => NewTally().MoveIn(counts, marks, _ledger, Department));
        Assert.Null(await _ledger.Load(Department));

        _ledger.FailAfter = null;
        var moved = NewTally();
        await moved.MoveIn(counts, marks, _ledger, Department);
        Assert.Equal(counts, moved.Counts);
        Assert.False(moved.Count(Order(5), 2, Morning, DepartmentCounter.Received));

        var stored = (await _ledger.Load(Department))!;
        Assert.Equal((counts, 120), (stored.Counts, stored.Marks.Count));
    }

    /// <summary>The in-memory ledger, recording each write, and failing (like a lost connection) after a number of them.</summary>
    private sealed class RecordingLedger : IDepartmentLedger
    {
        private readonly InMemoryDepartmentLedger _inner = new();

        public List<LedgerWrite> Writes { get; } = [];

        public int? FailAfter { get; set; }

        public Task<LedgerContents?> Load(string department, CancellationToken cancellationToken = default) => _inner.Load(department, cancellationToken);

        public Task<string?> Write(string department, string? version, LedgerWrite write, CancellationToken cancellationToken = default)
        {
            if (FailAfter is { } limit && Writes.Count >= limit) throw new IOException("storage unreachable");
            Writes.Add(write);
            return _inner.Write(department, version, write, cancellationToken);
        }
    }
}
