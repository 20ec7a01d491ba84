using Hotline.Domain.Calendar;
using static Hotline.Domain.Tests.Calendar.TestData;

namespace Hotline.Domain.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    [Theory]
    // Spring Festival 2026: holiday 02-15..02-23, make-up Saturdays 02-14 and 02-28.
    [InlineData("2026-02-13T10:00:00+08:00", 1, "2026-02-14T10:00:00+08:00")] // Fri → make-up Sat
    [InlineData("2026-02-14T10:00:00+08:00", 1, "2026-02-24T10:00:00+08:00")] // make-up Sat → after the holiday
    [InlineData("2026-02-15T10:00:00+08:00", 1, "2026-02-24T18:00:00+08:00")] // holiday → office close
    [InlineData("2026-02-13T10:00:00+08:00", 5, "2026-02-27T10:00:00+08:00")]
    [InlineData("2026-02-12T09:30:00+08:00", 5, "2026-02-26T09:30:00+08:00")]
    [InlineData("2026-02-20T08:00:00+08:00", 5, "2026-02-28T18:00:00+08:00")] // holiday Fri, ends on make-up Sat
    [InlineData("2026-02-27T16:45:00+08:00", 1, "2026-02-28T16:45:00+08:00")]
    [InlineData("2026-02-28T16:45:00+08:00", 1, "2026-03-02T16:45:00+08:00")]
    [InlineData("2026-02-13T23:59:59+08:00", 1, "2026-02-14T23:59:59+08:00")]
    // National Day 2025: holiday 10-01..10-08, make-up Sun 09-28 and Sat 10-11.
    [InlineData("2025-09-30T15:00:00+08:00", 1, "2025-10-09T15:00:00+08:00")]
    [InlineData("2025-10-04T11:00:00+08:00", 2, "2025-10-10T18:00:00+08:00")]
    [InlineData("2025-09-27T10:00:00+08:00", 1, "2025-09-28T18:00:00+08:00")] // plain Sat → make-up Sun
    [InlineData("2025-09-28T10:00:00+08:00", 1, "2025-09-29T10:00:00+08:00")] // make-up Sun is a working day
    [InlineData("2025-10-10T10:00:00+08:00", 1, "2025-10-11T10:00:00+08:00")]
    [InlineData("2025-09-26T10:00:00+08:00", 5, "2025-10-10T10:00:00+08:00")]
    // New Year across the tables: 2026-01-01..03 holiday, Sun 2026-01-04 make-up.
    [InlineData("2025-12-31T10:00:00+08:00", 1, "2026-01-04T10:00:00+08:00")]
    // Input in UTC is read in local time; the result carries +08:00.
    [InlineData("2026-02-13T02:00:00+00:00", 1, "2026-02-14T10:00:00+08:00")]
    [InlineData("2026-02-14T17:00:00+00:00", 1, "2026-02-24T18:00:00+08:00")] // 02-15 01:00 local, a holiday
    [InlineData("2026-02-13T17:00:00+00:00", 1, "2026-02-24T01:00:00+08:00")] // 02-14 01:00 local, make-up Sat
    public void AddWorkingDays_follows_holidays_and_make_up_days(string start, int days, string expected) =>
        Assert.Equal(expected, Text(HotlineCalendar.AddWorkingDays(Instant(start), days)));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void AddWorkingDays_needs_at_least_one_day(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HotlineCalendar.AddWorkingDays(Instant("2026-03-02T10:00:00+08:00"), days));

    [Theory]
    [InlineData("2026-02-13", DayKind.Workday)]
    [InlineData("2026-02-14", DayKind.MakeUpWorkday)]
    [InlineData("2026-02-15", DayKind.Holiday)] // a Sunday, but the holiday wins
    [InlineData("2026-02-18", DayKind.Holiday)]
    [InlineData("2026-02-23", DayKind.Holiday)]
    [InlineData("2026-02-24", DayKind.Workday)]
    [InlineData("2026-02-28", DayKind.MakeUpWorkday)]
    [InlineData("2026-03-01", DayKind.Weekend)]
    [InlineData("2025-09-27", DayKind.Weekend)]
    [InlineData("2025-09-28", DayKind.MakeUpWorkday)]
    [InlineData("2025-10-01", DayKind.Holiday)]
    [InlineData("2025-10-08", DayKind.Holiday)]
    [InlineData("2025-10-09", DayKind.Workday)]
    [InlineData("2025-10-11", DayKind.MakeUpWorkday)]
    [InlineData("2025-10-12", DayKind.Weekend)]
    public void KindOf_knows_the_official_arrangement(string date, DayKind expected)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, HotlineCalendar.KindOf(day));
        Assert.Equal(expected is DayKind.Workday or DayKind.MakeUpWorkday, HotlineCalendar.IsWorkingDay(day));
    }

    [Theory]
    [InlineData("2026-02-15", "春节")]
    [InlineData("2026-02-23", "春节")]
    [InlineData("2025-10-03", "国庆节、中秋节")]
    [InlineData("2026-10-07", "国庆节")]
    [InlineData("2026-02-14", null)]
    [InlineData("2026-03-01", null)]
    public void HolidayName_names_the_holiday(string date, string? expected) =>
        Assert.Equal(expected, HotlineCalendar.HolidayName(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(2025, true)]
    [InlineData(2026, true)]
    [InlineData(2024, false)]
    [InlineData(2030, false)]
    public void Covers_only_years_with_a_table(int year, bool expected) => Assert.Equal(expected, HotlineCalendar.Covers(year));

    [Theory]
    [InlineData("2030-01-01", DayKind.Workday)] // New Year, but no 2030 table is loaded
    [InlineData("2030-01-04", DayKind.Workday)]
    [InlineData("2030-01-05", DayKind.Weekend)]
    [InlineData("2030-01-06", DayKind.Weekend)]
    public void A_year_without_a_table_falls_back_to_weekends(string date, DayKind expected)
    {
        Assert.False(HotlineCalendar.Covers(2030));
        Assert.Equal(expected, HotlineCalendar.KindOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2030-01-04T10:00:00+08:00", 1, "2030-01-07T10:00:00+08:00")]
    [InlineData("2030-01-05T10:00:00+08:00", 1, "2030-01-07T18:00:00+08:00")]
    [InlineData("2029-12-31T10:00:00+08:00", 1, "2030-01-01T10:00:00+08:00")]
    public void AddWorkingDays_in_an_uncovered_year_skips_weekends_only(string start, int days, string expected) =>
        Assert.Equal(expected, Text(HotlineCalendar.AddWorkingDays(Instant(start), days)));

    [Fact]
    public void Local_time_is_China_Standard_Time()
    {
        var utc = Instant("2026-02-14T17:30:00+00:00");
        Assert.Equal("2026-02-15T01:30:00+08:00", Text(HotlineCalendar.ToLocal(utc)));
        Assert.Equal(new DateOnly(2026, 2, 15), HotlineCalendar.LocalDate(utc));
        Assert.Equal("2026-02-24T18:00:00+08:00", Text(HotlineCalendar.At(new DateOnly(2026, 2, 24), new TimeOnly(18, 0))));
        Assert.Equal(TimeSpan.FromHours(8), HotlineCalendar.TimeZone.BaseUtcOffset);
    }

    [Fact]
    public void Office_hours_must_open_before_they_close() =>
        Assert.Throws<ArgumentException>(() => new WorkingCalendar([], new CalendarOptions { OfficeOpens = new(18, 0), OfficeCloses = new(9, 0) }));

    [Fact]
    public void A_date_cannot_be_a_holiday_and_a_make_up_day_across_tables()
    {
        var a = new HolidayTable("CN", 2040, "test", [new Holiday("X", new(2040, 1, 1), new(2040, 1, 1))], []);
        var b = new HolidayTable("CN", 2041, "test", [], [new DateOnly(2040, 1, 1)]);
        var ex = Assert.Throws<ArgumentException>(() => new WorkingCalendar([a, b], new CalendarOptions()));
        Assert.Contains("2040-01-01", ex.Message);
    }
}
