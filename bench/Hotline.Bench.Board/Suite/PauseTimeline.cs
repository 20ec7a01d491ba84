namespace Hotline.Bench.Board.Suite;

/// <summary>
/// A process's GC pauses as the runtime reports them, however the events are read (<see cref="GcReasons"/> in the
/// bench's own process, <see cref="ProcessPauses"/> over EventPipe for another): each suspension paired with its
/// restart and named after the last collection started before it. Thread-safe.
/// </summary>
public sealed class PauseTimeline(string prefix = "")
{
    private readonly Lock _gate = new();
    private readonly List<GcPause> _pauses = [];
    private DateTime? _suspendedAt;
    private string _lastStart = "";

    /// <summary>A collection of generation <paramref name="depth"/> started (named "gen1", "gen2 background", after the prefix if any).</summary>
    public void Started(object? depth, bool background)
    {
        lock (_gate) _lastStart = $"{prefix}gen{depth ?? "?"}{(background ? " background" : "")}";
    }

    /// <param name="at">UTC.</param>
    public void Suspended(DateTime at)
    {
        lock (_gate) _suspendedAt = at;
    }

    /// <param name="at">UTC.</param>
    public void Restarted(DateTime at)
    {
        lock (_gate)
        {
            if (_suspendedAt is { } from) _pauses.Add(new GcPause(new DateTimeOffset(from, TimeSpan.Zero), (at - from).TotalMilliseconds, _lastStart));
            _suspendedAt = null;
        }
    }

    public GcPause[] Pauses()
    {
        lock (_gate) return [.. _pauses];
    }
}
