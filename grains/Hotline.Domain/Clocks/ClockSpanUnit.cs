namespace Hotline.Domain.Clocks;

/// <summary>How a <see cref="ClockSpan"/> counts time.</summary>
public enum ClockSpanUnit
{
    /// <summary>Natural minutes ("15m").</summary>
    Minutes,
    /// <summary>Natural hours ("2h").</summary>
    Hours,
    /// <summary>Natural days ("7d"), holidays included.</summary>
    Days,
    /// <summary>Working days of the calendar ("5wd").</summary>
    WorkingDays,
    /// <summary>By 24:00 of the start's local day, or noon next day after the cut-off ("same-day").</summary>
    SameDay,
}
