namespace Hotline.Domain.Calendar;

/// <summary>
/// Time that falls on working days (whole local days, as the working-day rule counts them). A
/// clock measured in working days warns at shares of its working time, so a 50 % warning never
/// lands in the middle of a holiday.
/// </summary>
public static class WorkingTime
{
    /// <summary>Guards the day-by-day walk against absurd spans.</summary>
    private const int MaxDays = 3_700;

    /// <summary>How much of [<paramref name="from"/>, <paramref name="to"/>) lies on working days.</summary>
    public static TimeSpan Between(WorkingCalendar calendar, DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        var date = calendar.LocalDate(from);
        for (var i = 0; i < MaxDays; i++, date = date.AddDays(1))
        {
            var dayStart = calendar.At(date, TimeOnly.MinValue);
            if (dayStart >= to) break;
            if (!calendar.IsWorkingDay(date)) continue;
            var dayEnd = calendar.At(date.AddDays(1), TimeOnly.MinValue);
            var start = from > dayStart ? from : dayStart;
            var end = to < dayEnd ? to : dayEnd;
            if (end > start) total += end - start;
        }
        return total;
    }

    /// <summary>The instant at which <paramref name="amount"/> of working time has passed since <paramref name="from"/>.</summary>
    public static DateTimeOffset Add(WorkingCalendar calendar, DateTimeOffset from, TimeSpan amount)
    {
        var cursor = from;
        var remaining = amount;
        for (var i = 0; i < MaxDays; i++)
        {
            var date = calendar.LocalDate(cursor);
            var dayEnd = calendar.At(date.AddDays(1), TimeOnly.MinValue);
            if (calendar.IsWorkingDay(date))
            {
                if (remaining <= dayEnd - cursor) return calendar.ToLocal(cursor + remaining);
                remaining -= dayEnd - cursor;
            }
            cursor = dayEnd;
        }
        throw new ArgumentOutOfRangeException(nameof(amount), amount, "Working time beyond ten years.");
    }

    /// <summary>
    /// The instant at <paramref name="percent"/> % of the working time from start to due; past 100 %
    /// the same working pace continues. 100 % is the due instant itself.
    /// </summary>
    public static DateTimeOffset Share(WorkingCalendar calendar, DateTimeOffset start, DateTimeOffset due, int percent)
    {
        if (percent == 100) return due;
        var total = Between(calendar, start, due);
        return total <= TimeSpan.Zero
            ? start + TimeSpan.FromTicks((due - start).Ticks * percent / 100)
            : Add(calendar, start, TimeSpan.FromTicks(total.Ticks * percent / 100));
    }
}
