using Hotline.Domain.Clocks;
using static Hotline.Domain.Tests.Calendar.TestData;

namespace Hotline.Domain.Tests.Clocks;

public sealed class ClockSpanTests
{
    private static readonly SameDayRule Rule = new();

    [Theory]
    [InlineData("15m", ClockSpanUnit.Minutes, 15)]
    [InlineData("2h", ClockSpanUnit.Hours, 2)]
    [InlineData("24h", ClockSpanUnit.Hours, 24)]
    [InlineData("7d", ClockSpanUnit.Days, 7)]
    [InlineData("5wd", ClockSpanUnit.WorkingDays, 5)]
    [InlineData("same-day", ClockSpanUnit.SameDay, 0)]
    public void Parses_and_round_trips(string text, ClockSpanUnit unit, int amount)
    {
        var span = ClockSpan.Parse(text);

        Assert.Equal(unit, span.Unit);
        Assert.Equal(amount, span.Amount);
        Assert.Equal(text, span.ToString());
        Assert.Equal(span, ClockSpan.Parse(span.ToString()));
    }

    [Fact]
    public void Factories_equal_parsed_spans()
    {
        Assert.Equal(ClockSpan.Minutes(30), ClockSpan.Parse("30m"));
        Assert.Equal(ClockSpan.WorkingDays(1), ClockSpan.Parse("1wd"));
        Assert.NotEqual(ClockSpan.Days(1), ClockSpan.WorkingDays(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClockSpan.Hours(0));
    }

    [Theory]
    [InlineData("")]
    [InlineData("m")]
    [InlineData("wd")]
    [InlineData("0m")]
    [InlineData("05m")]
    [InlineData("-5m")]
    [InlineData("+5m")]
    [InlineData("5 m")]
    [InlineData(" 5m")]
    [InlineData("1.5h")]
    [InlineData("5M")]
    [InlineData("5w")]
    [InlineData("5s")]
    [InlineData("5wdd")]
    [InlineData("same day")]
    [InlineData("SAME-DAY")]
    [InlineData("99999999999d")]
    public void Bad_text_is_named(string text)
    {
        var ex = Assert.Throws<FormatException>(() => ClockSpan.Parse(text));
        Assert.Contains($"'{text}'", ex.Message);
    }

    [Theory]
    [InlineData("15m", "2026-03-10T23:50:00+08:00", "2026-03-11T00:05:00+08:00")] // across midnight
    [InlineData("30m", "2026-02-16T10:00:00+08:00", "2026-02-16T10:30:00+08:00")] // natural time ignores the holiday
    [InlineData("2h", "2026-03-10T02:30:00+00:00", "2026-03-10T12:30:00+08:00")] // UTC in, local out
    [InlineData("24h", "2026-02-13T10:00:00+08:00", "2026-02-14T10:00:00+08:00")]
    [InlineData("7d", "2026-02-13T10:00:00+08:00", "2026-02-20T10:00:00+08:00")]
    [InlineData("1wd", "2026-02-14T10:00:00+08:00", "2026-02-24T10:00:00+08:00")]
    [InlineData("5wd", "2026-02-15T10:00:00+08:00", "2026-02-28T18:00:00+08:00")]
    public void DueFrom_counts_natural_and_working_time(string span, string start, string expected) =>
        Assert.Equal(expected, Text(ClockSpan.Parse(span).DueFrom(Instant(start), HotlineCalendar, Rule)));

    [Theory]
    [InlineData("2026-03-10T00:10:00+08:00", "2026-03-11T00:00:00+08:00")]
    [InlineData("2026-03-10T09:00:00+08:00", "2026-03-11T00:00:00+08:00")]
    [InlineData("2026-03-10T19:59:59+08:00", "2026-03-11T00:00:00+08:00")]
    [InlineData("2026-03-10T20:00:00+08:00", "2026-03-11T12:00:00+08:00")] // at the cut-off: noon next day
    [InlineData("2026-03-10T23:30:00+08:00", "2026-03-11T12:00:00+08:00")]
    [InlineData("2026-02-16T09:00:00+08:00", "2026-02-17T00:00:00+08:00")] // holidays do not matter
    [InlineData("2026-02-16T21:00:00+08:00", "2026-02-17T12:00:00+08:00")]
    [InlineData("2026-03-10T15:30:00+00:00", "2026-03-11T12:00:00+08:00")] // 23:30 local
    [InlineData("2026-03-10T16:30:00+00:00", "2026-03-12T00:00:00+08:00")] // 00:30 local of the next day
    [InlineData("2026-12-31T22:00:00+08:00", "2027-01-01T12:00:00+08:00")]
    public void Same_day_is_midnight_or_noon_after_the_cut_off(string start, string expected) =>
        Assert.Equal(expected, Text(ClockSpan.SameDay.DueFrom(Instant(start), HotlineCalendar, Rule)));

    [Fact]
    public void Same_day_cut_off_is_configurable()
    {
        var rule = new SameDayRule { CutOff = new(18, 0), LateDue = new(10, 0) };
        Assert.Equal("2026-03-11T10:00:00+08:00", Text(ClockSpan.SameDay.DueFrom(Instant("2026-03-10T18:30:00+08:00"), HotlineCalendar, rule)));
        Assert.Equal("2026-03-11T00:00:00+08:00", Text(ClockSpan.SameDay.DueFrom(Instant("2026-03-10T17:59:00+08:00"), HotlineCalendar, rule)));
    }
}
