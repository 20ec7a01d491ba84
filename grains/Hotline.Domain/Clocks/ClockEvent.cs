namespace Hotline.Domain.Clocks;

/// <summary>A threshold of a clock that has passed; produced once per clock and threshold.</summary>
public sealed record ClockEvent(
    ClockName Clock,
    string? Department,
    int Percent,
    ClockSignal Signal,
    EscalationLevel NotifyLevel,
    DateTimeOffset DueInstant,
    DateTimeOffset FiredAt);
