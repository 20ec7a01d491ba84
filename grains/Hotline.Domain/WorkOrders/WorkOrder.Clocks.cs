using Hotline.Domain.Clocks;

namespace Hotline.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    /// <summary>
    /// The earliest instant at which <see cref="Tick"/> changes something: a threshold to fire, or a
    /// return window to close. The grain's timer target.
    /// </summary>
    public DateTimeOffset? NextDeadline =>
        Data.Clocks.Where(IsDuty).Select(c => c.NextInstant(planner.Thresholds))
            .Concat(Data.Clocks.Where(c => c.IsRunning && c.Name == ClockName.ReturnWindow).Select(c => (DateTimeOffset?)c.DueAt))
            .Min();

    /// <summary>Any running deadline already missed.</summary>
    public bool IsOverdue(DateTimeOffset now) => IsOverdueAt(Data, now);

    /// <summary>The same question of plain data, for read models that hold no planner.</summary>
    public static bool IsOverdueAt(WorkOrderData data, DateTimeOffset now) => data.Clocks.Any(c => IsDuty(c) && now > c.DueAt);

    /// <summary>
    /// Fires every threshold passed by <paramref name="now"/>, once, with one audit event each. Safe to call from a
    /// timer, a reminder and a re-activation alike: a second call at the same instant returns nothing.
    /// </summary>
    public IReadOnlyList<ClockEvent> Tick(DateTimeOffset now) => CollectClocks(now);

    /// <summary>
    /// The return window (退单时限) is a right, not a duty: it never warns, breaches or makes an order overdue.
    /// It simply closes at its end.
    /// </summary>
    private static bool IsDuty(Clock clock) => clock.IsRunning && clock.Name != ClockName.ReturnWindow;

    private IReadOnlyList<ClockEvent> CollectClocks(DateTimeOffset now)
    {
        List<ClockEvent> fired = [];
        foreach (var clock in Data.Clocks.Where(c => c.IsRunning))
        {
            if (clock.Name == ClockName.ReturnWindow)
            {
                if (now >= clock.DueAt) clock.Stop(clock.DueAt);
                continue;
            }
            fired.AddRange(clock.Collect(now, planner.Thresholds));
        }
        if (fired.Count == 0) return [];

        // Across clocks, the audit trail follows the order in which the thresholds were due.
        var ordered = fired.OrderBy(e => e.DueInstant).ToArray();
        foreach (var e in ordered)
        {
            Record(AuditActions.ForSignal(e.Signal), AuditActions.SystemActor, now,
                reason: WorkOrderTexts.ClockReason(e), department: e.Department);
            // 提级督办 and 典型问题 follow the clocks (WorkOrder.Supervision.cs).
            AddSupervisionStep(e, now);
        }
        FlagTypicalCases(now);
        return ordered;
    }

    /// <summary>The task-force day (当日办结) is the order's, not a department's: at most one runs at a time.</summary>
    private Clock? RunningSameDay => Data.Clocks.LastOrDefault(c => c.IsRunning && c.Name == ClockName.SameDay);

    private Clock? RunningClockOf(string? department, ClockName name) =>
        Data.Clocks.LastOrDefault(c => c.IsRunning && c.Name == name && c.Department == department);

    /// <summary>The lead's deadline that an extension moves: completion, or the same-day clock without one.</summary>
    private Clock? ExtendableClock => RunningClockOf(Data.Lead, ClockName.Completion) ?? RunningSameDay;

    private void AddClocks(IEnumerable<Clock> planned)
    {
        foreach (var clock in planned)
        {
            if (clock.Name == ClockName.SameDay && RunningSameDay is not null) continue;
            Data.Clocks.Add(clock);
        }
    }

    private void StopClocks(DateTimeOffset now, Func<Clock, bool> which, bool cancelled = false)
    {
        foreach (var clock in Data.Clocks.Where(c => c.IsRunning && which(c)))
            clock.Stop(now, cancelled);
    }
}
