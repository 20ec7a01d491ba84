using System.Globalization;
using Hotline.Domain.Calendar;

namespace Hotline.Domain.Clocks;

/// <summary>
/// The length of a clock as written in the SLA policy: "15m", "2h", "7d" (natural time),
/// "5wd" (working days) or "same-day". <see cref="ToString"/> gives the same text back.
/// </summary>
public sealed record ClockSpan
{
    private const string SameDayText = "same-day";

    private ClockSpan(ClockSpanUnit unit, int amount)
    {
        Unit = unit;
        Amount = amount;
    }

    public ClockSpanUnit Unit { get; }

    /// <summary>How many units; 0 for <see cref="ClockSpanUnit.SameDay"/>.</summary>
    public int Amount { get; }

    public static ClockSpan Minutes(int amount) => Of(ClockSpanUnit.Minutes, amount);

    public static ClockSpan Hours(int amount) => Of(ClockSpanUnit.Hours, amount);

    public static ClockSpan Days(int amount) => Of(ClockSpanUnit.Days, amount);

    public static ClockSpan WorkingDays(int amount) => Of(ClockSpanUnit.WorkingDays, amount);

    public static ClockSpan SameDay { get; } = new(ClockSpanUnit.SameDay, 0);

    /// <summary>Parses the policy text; throws <see cref="FormatException"/> naming the bad text.</summary>
    public static ClockSpan Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text == SameDayText) return SameDay;
        var (unit, suffix) =
            text.EndsWith("wd", StringComparison.Ordinal) ? (ClockSpanUnit.WorkingDays, 2) :
            text.EndsWith('m') ? (ClockSpanUnit.Minutes, 1) :
            text.EndsWith('h') ? (ClockSpanUnit.Hours, 1) :
            text.EndsWith('d') ? (ClockSpanUnit.Days, 1) :
            throw Bad(text);
        var digits = text.AsSpan(0, text.Length - suffix);
        // Digits only (NumberStyles.None: no sign, spaces or separators) and no leading zero, so the text round-trips.
        if (digits.IsEmpty || digits[0] == '0' ||
            !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
            throw Bad(text);
        return new ClockSpan(unit, amount);
    }

    /// <summary>When a clock of this span started at <paramref name="start"/> falls due, in the calendar's local offset.</summary>
    public DateTimeOffset DueFrom(DateTimeOffset start, WorkingCalendar calendar, SameDayRule rule)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(rule);
        return Unit switch
        {
            ClockSpanUnit.Minutes => calendar.ToLocal(start.AddMinutes(Amount)),
            ClockSpanUnit.Hours => calendar.ToLocal(start.AddHours(Amount)),
            ClockSpanUnit.Days => calendar.ToLocal(start.AddDays(Amount)),
            ClockSpanUnit.WorkingDays => calendar.AddWorkingDays(start, Amount),
            ClockSpanUnit.SameDay => SameDayDue(start, calendar, rule),
            _ => throw new InvalidOperationException($"Unknown clock span unit {Unit}."),
        };
    }

    public override string ToString() => Unit switch
    {
        ClockSpanUnit.Minutes => $"{Amount}m",
        ClockSpanUnit.Hours => $"{Amount}h",
        ClockSpanUnit.Days => $"{Amount}d",
        ClockSpanUnit.WorkingDays => $"{Amount}wd",
        _ => SameDayText,
    };

    private static DateTimeOffset SameDayDue(DateTimeOffset start, WorkingCalendar calendar, SameDayRule rule)
    {
        var local = calendar.ToLocal(start);
        var nextDay = DateOnly.FromDateTime(local.DateTime).AddDays(1);
        var late = TimeOnly.FromTimeSpan(local.TimeOfDay) >= rule.CutOff;
        return calendar.At(nextDay, late ? rule.LateDue : TimeOnly.MinValue);
    }

    private static ClockSpan Of(ClockSpanUnit unit, int amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, 1);
        return new ClockSpan(unit, amount);
    }

    private static FormatException Bad(string text) =>
        new($"'{text}' is not a clock span; expected e.g. \"15m\", \"2h\", \"7d\", \"5wd\" or \"{SameDayText}\".");
}
