namespace Hotline.Domain.Clocks;

/// <summary>The ordered thresholds every clock passes through. Policy data, not code.</summary>
public sealed class ClockThresholds
{
    public ClockThresholds(IEnumerable<ClockThreshold> thresholds)
    {
        Items = thresholds.OrderBy(t => t.Percent).ToArray();
        if (Items.Count == 0 || Items.All(t => t.Percent != 100))
            throw new ArgumentException("Clock thresholds must include the 100 % breach point.", nameof(thresholds));
        if (Items.Select(t => t.Percent).Distinct().Count() != Items.Count)
            throw new ArgumentException("Clock thresholds must have distinct percentages.", nameof(thresholds));
    }

    public IReadOnlyList<ClockThreshold> Items { get; }

    /// <summary>DESIGN.md: warnings at 50/75/90 %, breach at 100 %, then centre and leadership.</summary>
    public static ClockThresholds Default { get; } = new(
    [
        new(50, ClockSignal.Warning, EscalationLevel.Handler),
        new(75, ClockSignal.Warning, EscalationLevel.Handler),
        new(90, ClockSignal.Warning, EscalationLevel.DepartmentHead),
        new(100, ClockSignal.Breach, EscalationLevel.DepartmentHead),
        new(150, ClockSignal.Escalation, EscalationLevel.Centre),
        new(200, ClockSignal.Escalation, EscalationLevel.Leadership),
    ]);
}
