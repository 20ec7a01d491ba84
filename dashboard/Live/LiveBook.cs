using Hotline.Domain.Calendar;

namespace Hotline.Dashboard.Live;

/// <summary>
/// The dashboard's mirror of what the screens show: every open order and every order received or
/// completed today, the recent alerts and the seats. Events and index rows are applied by
/// sequence (the newer wins, repeats are dropped); changes are coalesced per watched screen and
/// per order until the next flush, so a burst of transitions becomes one frame. Every change that
/// leaves something pending sets <see cref="Changes"/>, which wakes the <see cref="LiveFlusher"/>.
/// </summary>
public sealed class LiveBook(ScreenRegistry registry, StatsCalculator calculator, WorkingCalendar calendar, TimeProvider time)
{
    private const int AlertsKept = 200;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, OrderRow> _rows = [];
    private readonly LinkedList<LiveAlert> _alerts = [];
    private readonly Dictionary<string, SeatRow> _seats = [];
    private readonly Dictionary<string, Dictionary<string, OrderRow>> _pendingRows = [];
    private readonly Dictionary<string, List<LiveAlert>> _pendingAlerts = [];
    private readonly HashSet<string> _statsDue = [];
    private readonly BoardAlertAllowance _boardAlerts = new();
    private bool _seatsDue;
    private DateOnly _day;

    /// <summary>When the oldest change still pending reached the book (a <see cref="TimeProvider"/> timestamp; 0 when none).</summary>
    private long _pendingSince;

    /// <summary>Set whenever something is pending for a watched screen; the drain clears it.</summary>
    public LiveSignal Changes { get; } = new();

    public int Count
    {
        get { lock (_gate) return _rows.Count; }
    }

    /// <summary>Applies a row (and the alert its event raised); false when the book already had this or a newer version.</summary>
    public bool Apply(OrderRow row, LiveAlert? alert = null)
    {
        var watched = registry.Watched;
        lock (_gate)
        {
            var before = _rows.GetValueOrDefault(row.Id);
            if (before is not null && before.Sequence >= row.Sequence) return false;
            _rows[row.Id] = row;
            if (alert is not null)
            {
                _alerts.AddFirst(alert);
                if (_alerts.Count > AlertsKept) _alerts.RemoveLast();
            }
            var pending = false;
            foreach (var screen in watched)
            {
                var wasShown = before is not null && Shows(screen, before);
                var covered = screen.Covers(row) || (before is not null && screen.Covers(before));
                var shows = Shows(screen, row);
                if (shows) Pending(screen)[row.Id] = row;
                else if (wasShown) Pending(screen)[row.Id] = row with { Removed = true };
                if (screen.IsBoard && covered) _statsDue.Add(screen.Name);
                var alerted = alert is not null && alert.IsFor(screen);
                if (alerted) Alerts(screen).Add(alert!);
                pending |= shows || wasShown || alerted || (screen.IsBoard && covered);
            }
            if (pending) MarkPending();
            return true;
        }
    }

    public void ApplySeat(SeatRow seat)
    {
        lock (_gate)
        {
            _seats[seat.SeatId] = seat;
            _seatsDue = true;
            MarkPending();
        }
    }

    public ScreenSnapshot Snapshot(Screen screen)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var rows = _rows.Values.Where(r => Shows(screen, r)).ToArray();
            var stats = screen.IsBoard ? calculator.Count(_rows.Values.Where(screen.Covers), TodayStart(now), now) : null;
            var seats = screen.IsBoard ? SortedSeats() : [];
            var alerts = _alerts.Where(a => a.IsFor(screen)).Take(50).ToArray();
            return new ScreenSnapshot(screen.Name, now, rows, stats, seats, alerts);
        }
    }

    /// <summary>
    /// Takes what piled up since the last flush. <paramref name="refreshStats"/> recounts every board (time alone
    /// moves "overdue"); without <paramref name="countStats"/> the figures changes made due stay due for a later drain.
    /// </summary>
    public LiveFlush Drain(bool refreshStats, bool countStats = true)
    {
        var now = time.GetUtcNow();
        var watched = registry.Watched;
        lock (_gate)
        {
            Changes.Reset();
            var todayStart = TodayStart(now);
            if (refreshStats)
            {
                PruneBefore(todayStart);
                _boardAlerts.Keep(watched.Select(s => s.Name));
            }
            var updates = new List<ScreenUpdate>();
            var deferred = new List<string>();
            foreach (var screen in watched)
            {
                var rows = _pendingRows.Remove(screen.Name, out var pending) ? pending.Values.ToArray() : [];
                IReadOnlyList<LiveAlert> alerts = _pendingAlerts.Remove(screen.Name, out var a)
                    ? (screen.IsBoard ? _boardAlerts.Take(screen.Name, a, now) : a)
                    : [];
                var due = screen.IsBoard && _statsDue.Contains(screen.Name);
                var stats = screen.IsBoard && (refreshStats || (due && countStats))
                    ? calculator.Count(_rows.Values.Where(screen.Covers), todayStart, now)
                    : null;
                if (due && stats is null) deferred.Add(screen.Name);
                if (rows.Length > 0 || alerts.Count > 0 || stats is not null)
                    updates.Add(new ScreenUpdate(screen, rows, stats, alerts));
            }
            // Screens nobody watches any more leave nothing behind.
            _pendingRows.Clear();
            _pendingAlerts.Clear();
            _statsDue.Clear();
            _statsDue.UnionWith(deferred);
            var seats = _seatsDue ? SortedSeats() : null;
            _seatsDue = false;
            var since = _pendingSince;
            _pendingSince = 0;
            return new LiveFlush(updates, seats, deferred.Count > 0, since);
        }
    }

    /// <summary>Under the lock: remembers when the oldest pending change came, and wakes the flusher.</summary>
    private void MarkPending()
    {
        if (_pendingSince == 0) _pendingSince = time.GetTimestamp();
        Changes.Set();
    }

    private static bool Shows(Screen screen, OrderRow row) => !row.Terminal && screen.Covers(row);

    private Dictionary<string, OrderRow> Pending(Screen screen) =>
        _pendingRows.TryGetValue(screen.Name, out var rows) ? rows : _pendingRows[screen.Name] = [];

    private List<LiveAlert> Alerts(Screen screen) =>
        _pendingAlerts.TryGetValue(screen.Name, out var alerts) ? alerts : _pendingAlerts[screen.Name] = [];

    private SeatRow[] SortedSeats() => [.. _seats.Values.OrderBy(s => s.SeatId, StringComparer.Ordinal)];

    public DateTimeOffset TodayStart(DateTimeOffset now) => calendar.At(calendar.LocalDate(now), TimeOnly.MinValue);

    /// <summary>Once a day has passed, finished orders of earlier days are no longer anyone's figures.</summary>
    private void PruneBefore(DateTimeOffset todayStart)
    {
        var day = calendar.LocalDate(todayStart);
        if (day == _day) return;
        _day = day;
        foreach (var (id, row) in _rows.ToArray())
            if (row.Terminal && row.ReceivedAt < todayStart && !(row.CompletedAt >= todayStart) && !(row.DispatchedAt >= todayStart))
                _rows.Remove(id);
    }
}
