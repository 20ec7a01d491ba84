namespace Hotline.Domain.Clocks;

/// <summary>Chooses the clocks to start at a lifecycle moment, from the SLA policies and the calendar.</summary>
public interface IClockPlanner
{
    ClockThresholds Thresholds { get; }

    /// <summary>回访 windows and retries (sla-policies.json "callback"); planners without policies use the default.</summary>
    Callbacks.CallbackPolicy Callback => Callbacks.CallbackPolicy.Default;

    /// <summary>The clocks that start at <paramref name="at"/>; <paramref name="department"/> is null for centre clocks.</summary>
    IReadOnlyList<Clock> Plan(ClockTrigger trigger, OrderProfile order, DateTimeOffset at, string? department);

    /// <summary>Recomputes a clock's threshold instants after its due instant moved (an approved extension).</summary>
    void Reschedule(Clock clock)
    {
    }
}
