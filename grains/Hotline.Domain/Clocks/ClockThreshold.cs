namespace Hotline.Domain.Clocks;

/// <summary>
/// One point of a clock, as a percentage of its span from start to due (100 = the deadline).
/// Percentages above 100 are escalation steps after the breach.
/// </summary>
public sealed record ClockThreshold(int Percent, ClockSignal Signal, EscalationLevel NotifyLevel);
