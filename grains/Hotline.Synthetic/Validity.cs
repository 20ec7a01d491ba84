namespace Hotline.Synthetic;

/// <summary>How long a knowledge entry holds, relative to the year in its specifics.</summary>
internal enum Validity
{
    /// <summary>Standing policy: no window.</summary>
    None,
    /// <summary>A heating-season notice: 11-01 of the year to 03-31 of the next.</summary>
    HeatingSeason,
    /// <summary>Before the season: 09-01 to 10-31 of the year (报停、缴费 notices).</summary>
    BeforeSeason,
    /// <summary>The calendar year.</summary>
    CalendarYear,
    /// <summary>One day's notice (计划停水、停电): that day and the next.</summary>
    OnDay,
}
