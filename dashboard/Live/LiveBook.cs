using Hotline.Domain.Calendar;

namespace Hotline.Dashboard.Live;

/// <summary>
/// The dashboard's mirror of what the screens show: every open order and every order received or
/// completed today, the recent alerts and the seats. Events and index rows are applied by
/// sequence (the newer wins, repeats are dropped); changes are coalesced per watched screen and
/// per order until the next flush, so a burst of transitions becomes one frame.
/// </summary>
public sealed class LiveBook(ScreenRegistry registry, StatsCalculator calculator, WorkingCalendar calendar, TimeProvider time)
{
    private const int AlertsKept = 200;

    /// <summary>
    /// A board's ticker shows the newest few; in a burst (hundreds of intakes a second) older ones
    /// in the same quarter second are skipped there. A department console gets every alert of its own.
    /// </summary>
    private const int BoardAlertsPerFlush = 20;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, OrderRow> _rows = [];
    private readonly LinkedList<LiveAlert> _alerts = [];
    private readonly Dictionary<string, SeatRow> _seats = [];
    private readonly Dictionary<string, Dictionary<string, OrderRow>> _pendingRows = [];
    private readonly Dictionary<string, List<LiveAlert>> _pendingAlerts = [];
    private readonly HashSet<string> _statsDue = [];
    private bool _seatsDue;
    private DateOnly _day;

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
            foreach (var screen in watched)
            {
                var wasShown = before is not null && Shows(screen, before);
                var covered = screen.Covers(row) || (before is not null && screen.Covers(before));
                if (Shows(screen, row)) Pending(screen)[row.Id] = row;
                else if (wasShown) Pending(screen)[row.Id] = row with { Removed = true };
                if (screen.IsBoard && covered) _statsDue.Add(screen.Name);
                if (alert is not null && alert.IsFor(screen)) Alerts(screen).Add(alert);
            }
            return true;
        }
    }

    public void ApplySeat(SeatRow seat)
    {
        lock (_gate)
        {
            _seats[seat.SeatId] = seat;
            _seatsDue = true;
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

    /// <summary>Takes what piled up since the last flush. <paramref name="refreshStats"/> recounts every board (time alone moves "overdue").</summary>
    public LiveFlush Drain(bool refreshStats)
    {
        var now = time.GetUtcNow();
        var watched = registry.Watched;
        lock (_gate)
        {
            var todayStart = TodayStart(now);
            if (refreshStats) PruneBefore(todayStart);
            var updates = new List<ScreenUpdate>();
            foreach (var screen in watched)
            {
                var rows = _pendingRows.Remove(screen.Name, out var pending) ? pending.Values.ToArray() : [];
                var alerts = _pendingAlerts.Remove(screen.Name, out var a) ? (screen.IsBoard ? a.TakeLast(BoardAlertsPerFlush) : a).ToArray() : [];
                var stats = screen.IsBoard && (refreshStats || _statsDue.Contains(screen.Name))
                    ? calculator.Count(_rows.Values.Where(screen.Covers), todayStart, now)
                    : null;
                if (rows.Length > 0 || alerts.Length > 0 || stats is not null)
                    updates.Add(new ScreenUpdate(screen, rows, stats, alerts));
            }
            // Screens nobody watches any more leave nothing behind.
            _pendingRows.Clear();
            _pendingAlerts.Clear();
            _statsDue.Clear();
            var seats = _seatsDue ? SortedSeats() : null;
            _seatsDue = false;
            return new LiveFlush(updates, seats);
        }
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
