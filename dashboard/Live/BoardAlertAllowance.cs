namespace Hotline.Dashboard.Live;

/// <summary>
/// How many alerts a board's ticker may take in one flush. Flushes come as often as every few tens of
/// milliseconds, so a cap per flush would not bound a ticker: each board gets a budget that refills at
/// <see cref="PerSecond"/> up to <see cref="Burst"/>, and the newest alerts of a flush use it first.
/// A lone alert after a quiet spell always fits; under a burst, older ones are skipped on the board
/// (a department console still gets every alert of its own). Not thread-safe: the book calls it under its lock.
/// </summary>
public sealed class BoardAlertAllowance
{
    public const int Burst = 20;

    /// <summary>As many as the old fixed four frames a second carried at most: 20 per quarter second.</summary>
    public const double PerSecond = 80;

    private readonly Dictionary<string, (double Tokens, DateTimeOffset At)> _budgets = [];

    /// <summary>The newest of <paramref name="alerts"/> (oldest first) the board <paramref name="screen"/> may show now.</summary>
    public IReadOnlyList<LiveAlert> Take(string screen, IReadOnlyList<LiveAlert> alerts, DateTimeOffset now)
    {
        var (tokens, at) = _budgets.TryGetValue(screen, out var budget) ? budget : (Burst, now);
        tokens = Math.Min(Burst, tokens + Math.Max(0, (now - at).TotalSeconds) * PerSecond);
        // The epsilon keeps 0.1 s × 80/s from rounding down to 7.
        var taken = Math.Min(alerts.Count, (int)(tokens + 1e-9));
        _budgets[screen] = (tokens - taken, now);
        return taken == alerts.Count ? alerts : alerts.Skip(alerts.Count - taken).ToArray();
    }

    /// <summary>Screens nobody watches any more leave nothing behind.</summary>
    public void Keep(IEnumerable<string> watched)
    {
        var keep = watched.ToHashSet();
        foreach (var name in _budgets.Keys.Where(n => !keep.Contains(n)).ToArray()) _budgets.Remove(name);
    }
}
