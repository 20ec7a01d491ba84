namespace Hotline.Domain.Calendar;

/// <summary>What a local calendar date is for the working-day arithmetic.</summary>
public enum DayKind
{
    /// <summary>Monday to Friday with no official holiday.</summary>
    Workday,
    /// <summary>Saturday or Sunday that is not a make-up working day.</summary>
    Weekend,
    /// <summary>An official public holiday (法定节假日), whatever the weekday.</summary>
    Holiday,
    /// <summary>A weekend day turned into a working day (调休).</summary>
    MakeUpWorkday,
}
