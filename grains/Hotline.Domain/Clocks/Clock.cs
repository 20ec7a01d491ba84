namespace Hotline.Domain.Clocks;

/// <summary>
/// One running deadline of a work order. Plain data (serialised as JSON in grain state) with the
/// arithmetic that decides which thresholds have passed. <see cref="Collect"/> is idempotent: a
/// threshold that fired is recorded in <see cref="FiredPercents"/> and never fires again, so a
/// timer tick, a reminder tick and a re-activation may all call it safely.
/// </summary>
public sealed class Clock
{
    public required ClockName Name { get; init; }

    /// <summary>The department the clock runs for; null for the centre's own clocks (callback).</summary>
    public string? Department { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Moves only by an approved extension.</summary>
    public required DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }

    public ClockOutcome? Outcome { get; set; }

    public List<int> FiredPercents { get; set; } = [];

    /// <summary>
    /// Threshold instants (percent → instant) of a clock that counts working time, computed by the
    /// planner from the calendar; null for a clock in natural time, whose thresholds are plain shares.
    /// </summary>
    public ThresholdSchedule? Schedule { get; set; }

    public bool IsRunning => StoppedAt is null;

    public DateTimeOffset InstantOf(int percent) =>
        Schedule is not null && Schedule.TryGetValue(percent, out var scheduled)
            ? scheduled
            : StartedAt + TimeSpan.FromTicks((DueAt - StartedAt).Ticks * percent / 100);

    /// <summary>Fires every threshold whose instant is at or before <paramref name="now"/>, in order, once.</summary>
    public IReadOnlyList<ClockEvent> Collect(DateTimeOffset now, ClockThresholds thresholds)
    {
        if (!IsRunning) return [];
        List<ClockEvent>? fired = null;
        foreach (var threshold in thresholds.Items)
        {
            if (FiredPercents.Contains(threshold.Percent)) continue;
            var instant = InstantOf(threshold.Percent);
            if (instant > now) break;
            FiredPercents.Add(threshold.Percent);
            (fired ??= []).Add(new ClockEvent(Name, Department, threshold.Percent, threshold.Signal, threshold.NotifyLevel, instant, now));
        }
        return fired ?? (IReadOnlyList<ClockEvent>)[];
    }

    /// <summary>The next instant at which <see cref="Collect"/> would fire something; null when nothing is left.</summary>
    public DateTimeOffset? NextInstant(ClockThresholds thresholds)
    {
        if (!IsRunning) return null;
        foreach (var threshold in thresholds.Items)
            if (!FiredPercents.Contains(threshold.Percent))
                return InstantOf(threshold.Percent);
        return null;
    }

    /// <summary>Stops the clock. Stopping twice keeps the first outcome.</summary>
    public void Stop(DateTimeOffset at, bool cancelled = false)
    {
        if (!IsRunning) return;
        StoppedAt = at;
        Outcome = cancelled ? ClockOutcome.Cancelled : at <= DueAt ? ClockOutcome.Met : ClockOutcome.Late;
    }

    public ClockState StateAt(DateTimeOffset now) => Outcome switch
    {
        ClockOutcome.Met => ClockState.Met,
        ClockOutcome.Late => ClockState.Late,
        ClockOutcome.Cancelled => ClockState.Cancelled,
        _ when now >= DueAt => ClockState.Overdue,
        _ when now >= InstantOf(75) => ClockState.Warning,
        _ => ClockState.Running,
    };
}
