namespace Hotline.Domain.Calendar;

/// <summary>
/// Working days of the hotline: Monday to Friday, minus official holidays, plus make-up working
/// days (调休), from the loaded holiday tables. Years without a table fall back to plain weekends,
/// so a missing table degrades deadlines instead of stopping the hotline.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, string> _holidays = [];
    private readonly HashSet<DateOnly> _makeUpWorkdays = [];
    private readonly HashSet<int> _years = [];
    public WorkingCalendar(IEnumerable<HolidayTable> tables, CalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        if (options.OfficeOpens >= options.OfficeCloses)
            throw new ArgumentException("Office hours must open before they close.", nameof(options));
        Options = options;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZoneId);

        foreach (var table in tables)
        {
            if (!_years.Add(table.Year))
                throw new ArgumentException($"Two holiday tables for {table.Year}.", nameof(tables));
            foreach (var holiday in table.Holidays)
                for (var day = holiday.From; day <= holiday.To; day = day.AddDays(1))
                    if (!_holidays.TryAdd(day, holiday.Name))
                        throw new ArgumentException($"{day:yyyy-MM-dd} is a holiday in two tables.", nameof(tables));
            foreach (var day in table.MakeUpWorkdays)
                _makeUpWorkdays.Add(day);
        }
        foreach (var day in _makeUpWorkdays)
            if (_holidays.ContainsKey(day))
                throw new ArgumentException($"{day:yyyy-MM-dd} is both a holiday and a make-up workday.", nameof(tables));
    }

    /// <summary>Loads the tables in <c>&lt;dataDirectory&gt;/calendar</c> with default options.</summary>
    public static WorkingCalendar LoadDefault(string dataDirectory) =>
        new(HolidayTableLoader.LoadDirectory(Path.Combine(dataDirectory, "calendar")), new CalendarOptions());

    public TimeZoneInfo TimeZone { get; }

    public CalendarOptions Options { get; }

    /// <summary>True when a holiday table is loaded for <paramref name="year"/>.</summary>
    public bool Covers(int year) => _years.Contains(year);

    public DayKind KindOf(DateOnly date)
    {
        if (_makeUpWorkdays.Contains(date)) return DayKind.MakeUpWorkday;
        if (_holidays.ContainsKey(date)) return DayKind.Holiday;
        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.Weekend : DayKind.Workday;
    }

    /// <summary>The official holiday's name (e.g. 春节) or null.</summary>
    public string? HolidayName(DateOnly date) => _holidays.GetValueOrDefault(date);

    public bool IsWorkingDay(DateOnly date) => KindOf(date) is DayKind.Workday or DayKind.MakeUpWorkday;

    /// <summary>The same instant with the calendar's local offset (+08:00 for Asia/Shanghai).</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The instant at local <paramref name="time"/> of local <paramref name="date"/>.</summary>
    public DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    /// <summary>
    /// The deadline <paramref name="days"/> working days after <paramref name="start"/>: the same
    /// local time on the n-th following working day, or — when the order arrives on a non-working
    /// day — office close of the n-th working day, since the clock could not start that day.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var local = ToLocal(start);
        var startDate = DateOnly.FromDateTime(local.DateTime);
        var date = startDate;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) counted++;
        }
        var time = IsWorkingDay(startDate) ? TimeOnly.FromTimeSpan(local.TimeOfDay) : Options.OfficeCloses;
        return At(date, time);
    }
}
