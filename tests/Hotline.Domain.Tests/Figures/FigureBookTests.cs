using Hotline.Domain.Figures;
using static Hotline.Domain.Tests.Figures.FigureEvents;

namespace Hotline.Domain.Tests.Figures;

public sealed class FigureBookTests
{
    [Fact]
    public void One_order_through_the_loop_moves_each_counter_once_in_every_dimension()
    {
        var book = new FigureBook();
        FigureEvent[] events =
        [
            Event("A", 1, "received", "received"),
            Event("A", 2, "queued", "pending-dispatch"),
            Event("A", 3, "dispatched", "dispatched", department: "RL-LS", lead: "RL-LS") with { Departments = ["RL-LS", "ZJJ"] },
            Event("A", 4, "accepted", "accepted", department: "RL-LS", lead: "RL-LS") with { OnTime = true },
            Event("A", 5, "accepted", "accepted", department: "ZJJ", lead: "RL-LS") with { OnTime = false },
            Event("A", 6, "clock-breach", "accepted", department: "RL-LS", lead: "RL-LS"),
            Event("A", 7, "replied", "replied", department: "RL-LS", lead: "RL-LS") with { OnTime = false },
            Event("A", 8, "callback", "pending-callback", department: "RL-LS", lead: "RL-LS") with { CallbackOutcome = "basically-satisfied", Resolved = true },
            Event("A", 9, "closed", "closed", department: "RL-LS", lead: "RL-LS"),
        ];
        foreach (var e in events) Assert.True(book.Apply(e, Shanghai));

        var city = book.Row("2026-11", FigureDimensions.City, FigureDimensions.CityKey);
        Assert.Equal((1, 2, 2, 1, 1, 0), (city.Received, city.Dispatched, city.Accepted, city.AcceptedOnTime, city.Replied, city.RepliedOnTime));
        Assert.Equal((1, 1, 1, 1, 1), (city.CallbacksReached, city.BasicallySatisfied, city.Resolved, city.Closed, city.Breaches));
        var lead = book.Row("2026-11", FigureDimensions.Department, "RL-LS");
        Assert.Equal((1, 1, 1, 1, 1), (lead.Dispatched, lead.Accepted, lead.AcceptedOnTime, lead.Replied, lead.CallbacksReached));
        Assert.Equal(0, lead.Received);
        var co = book.Row("2026-11", FigureDimensions.Department, "ZJJ");
        Assert.Equal((1, 1, 0, 0), (co.Dispatched, co.Accepted, co.AcceptedOnTime, co.Replied));
        Assert.Equal(1, book.Row("2026-11", FigureDimensions.District, "141102").Received);
        Assert.Equal(1, book.Row("2026-11", FigureDimensions.Spot, "141102|供热").Breaches);

        var rates = city.Rates();
        Assert.Equal(1.0, rates.ResponseRate);
        Assert.Equal(0.5, rates.OnTimeAcceptance);
        Assert.Equal(0.0, rates.OnTimeCompletion);
        Assert.Equal(1.0, rates.SatisfactionRate);
        Assert.Equal(0.0, rates.RedoRate);
    }

    [Fact]
    public void A_reopened_order_is_a_new_assignment_for_its_lead_so_the_response_rate_stays_within_one_hundred_percent()
    {
        var book = new FigureBook();
        FigureEvent[] events =
        [
            Event("R", 1, "dispatched", "dispatched", department: "ZJJ", lead: "ZJJ") with { Departments = ["ZJJ"] },
            Event("R", 2, "accepted", "accepted", department: "ZJJ", lead: "ZJJ") with { OnTime = true },
            Event("R", 3, "replied", "replied", department: "ZJJ", lead: "ZJJ") with { OnTime = true },
            Event("R", 4, "callback", "pending-callback", lead: "ZJJ") with { CallbackOutcome = "dissatisfied", Resolved = false },
            Event("R", 5, "reopened", "reopened", department: "ZJJ", lead: "ZJJ"),
            Event("R", 6, "accepted", "accepted", department: "ZJJ", lead: "ZJJ") with { OnTime = true },
        ];
        foreach (var e in events) Assert.True(book.Apply(e, Shanghai));

        var zjj = book.Row("2026-11", FigureDimensions.Department, "ZJJ");
        Assert.Equal((2, 2, 1), (zjj.Dispatched, zjj.Accepted, zjj.Reopened));
        Assert.Equal(1.0, zjj.Rates().ResponseRate);
        Assert.Equal(2, book.Row("2026-11", FigureDimensions.City, FigureDimensions.CityKey).Dispatched);
    }

    [Fact]
    public void A_repeated_or_older_event_is_ignored_and_a_terminal_order_is_forgotten()
    {
        var book = new FigureBook();
        Assert.True(book.Apply(Event("A", 1, "received", "received"), Shanghai));
        Assert.False(book.Apply(Event("A", 1, "received", "received"), Shanghai));
        Assert.True(book.Apply(Event("A", 3, "dispatched", department: "CGJ", lead: "CGJ"), Shanghai));
        Assert.False(book.Apply(Event("A", 2, "queued", "pending-dispatch"), Shanghai));
        Assert.Equal(1, book.Row("2026-11", FigureDimensions.City, FigureDimensions.CityKey).Received);
        Assert.Contains("A", book.Marks.Keys);

        Assert.True(book.Apply(Event("A", 4, "answered", "directly-answered") with { To = "directly-answered" }, Shanghai));
        Assert.DoesNotContain("A", book.Marks.Keys);
        Assert.Equal(1, book.Row("2026-11", FigureDimensions.City, FigureDimensions.CityKey).DirectlyAnswered);
    }

    [Fact]
    public void The_month_is_the_Shanghai_calendar_month_of_the_event()
    {
        var book = new FigureBook();
        // 30 November 16:30 UTC is 1 December 00:30 in Lüliang.
        book.Apply(Event("A", 1, "received", "received", at: new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.Zero)), Shanghai);
        book.Apply(Event("B", 1, "received", "received", at: new DateTimeOffset(2026, 11, 30, 15, 59, 0, TimeSpan.Zero)), Shanghai);
        Assert.Equal(1, book.Row("2026-12", FigureDimensions.City, FigureDimensions.CityKey).Received);
        Assert.Equal(1, book.Row("2026-11", FigureDimensions.City, FigureDimensions.CityKey).Received);
    }

    [Fact]
    public void Callbacks_unreachable_reopened_escalations_and_typical_cases()
    {
        var book = new FigureBook();
        book.Apply(Event("A", 5, "callback", lead: "CGJ") with { CallbackOutcome = "unreachable" }, Shanghai);
        book.Apply(Event("A", 6, "callback-unreachable", lead: "CGJ"), Shanghai);
        book.Apply(Event("A", 7, "callback", lead: "CGJ") with { CallbackOutcome = "dissatisfied", Resolved = false }, Shanghai);
        book.Apply(Event("A", 8, "reopened", "reopened", lead: "CGJ"), Shanghai);
        book.Apply(Event("A", 9, "clock-escalation", lead: "CGJ") with { EscalationLevel = "centre" }, Shanghai);
        book.Apply(Event("A", 10, "typical-case", lead: "CGJ") with { Reason = "push-back", TypicalCases = ["push-back"] }, Shanghai);
        book.Apply(Event("A", 11, "typical-case", lead: "CGJ") with { Reason = "overdue", TypicalCases = ["push-back", "overdue"] }, Shanghai);
        // The same code again on the order (a redelivery under a new sequence) is not counted twice.
        book.Apply(Event("A", 12, "typical-case", lead: "CGJ") with { Reason = "overdue" }, Shanghai);
        // Older satisfaction field when the callback outcome is not set.
        book.Apply(Event("B", 1, "callback", lead: "CGJ") with { Satisfaction = "satisfied" }, Shanghai);

        var cgj = book.Row("2026-11", FigureDimensions.Department, "CGJ");
        Assert.Equal((2, 2, 1, 1, 1, 0), (cgj.Unreachable, cgj.CallbacksReached, cgj.Dissatisfied, cgj.Satisfied, cgj.Reopened, cgj.Resolved));
        Assert.Equal(1, cgj.Escalations["centre"]);
        Assert.Equal(1, cgj.TypicalCases["push-back"]);
        Assert.Equal(1, cgj.TypicalCases["overdue"]);
        Assert.Equal(0.5, cgj.Rates().RedoRate);
        // The reopen is an assignment the lead has not accepted yet.
        Assert.Equal((1, 0), (cgj.Dispatched, cgj.Accepted));
        Assert.Equal(0.0, cgj.Rates().ResponseRate);
    }

    [Fact]
    public void Merging_books_adds_their_counters()
    {
        var a = new FigureBook();
        var b = new FigureBook();
        a.Apply(Event("A", 1, "received", "received"), Shanghai);
        b.Apply(Event("B", 1, "received", "received"), Shanghai);
        b.Apply(Event("B", 2, "clock-escalation", lead: "SW") with { EscalationLevel = "leadership" }, Shanghai);
        var merged = new FigureBook();
        merged.Merge("2026-11", a.MonthOf("2026-11"));
        merged.Merge("2026-11", b.MonthOf("2026-11"));
        var city = merged.Row("2026-11", FigureDimensions.City, FigureDimensions.CityKey);
        Assert.Equal(2, city.Received);
        Assert.Equal(1, city.Escalations["leadership"]);
        Assert.Equal(1, a.Row("2026-11", FigureDimensions.City, FigureDimensions.CityKey).Received);
    }

    [Theory]
    [InlineData("2026-11", true)]
    [InlineData("2026-1", false)]
    [InlineData("2026-13", false)]
    [InlineData("26-11-01", false)]
    [InlineData("1999-12", false)]
    [InlineData("", false)]
    public void Months_are_written_YYYY_MM(string text, bool valid) =>
        Assert.Equal(valid, FigureMonth.TryParse(text, out _));

    [Fact]
    public void A_repeat_of_the_closing_event_after_the_mark_is_dropped_is_not_counted_again()
    {
        var book = new FigureBook();
        var callback = Event("C", 2, "callback", "closed", lead: "RL-LS") with { CallbackOutcome = "satisfied", Resolved = true };
        Assert.True(book.Apply(Event("C", 1, "replied", "replied", department: "RL-LS", lead: "RL-LS"), Shanghai));
        Assert.True(book.Apply(callback, Shanghai));
        Assert.DoesNotContain("C", book.Marks.Keys);
        var before = System.Text.Json.JsonSerializer.Serialize(book.Months);

        Assert.False(book.Apply(callback, Shanghai));
        Assert.False(book.Apply(Event("C", 1, "replied", "replied", department: "RL-LS", lead: "RL-LS"), Shanghai));

        Assert.Equal(before, System.Text.Json.JsonSerializer.Serialize(book.Months));
        var city = book.Row("2026-11", FigureDimensions.City, FigureDimensions.CityKey);
        Assert.Equal((1, 1, 1, 1), (city.Replied, city.CallbacksReached, city.Satisfied, city.Resolved));
    }

    [Fact]
    public void A_closed_order_that_is_reopened_counts_again_from_its_next_sequence()
    {
        var book = new FigureBook();
        Assert.True(book.Apply(Event("R", 4, "callback", "closed", lead: "ZJJ") with { CallbackOutcome = "satisfied", Resolved = true }, Shanghai));
        Assert.True(book.Apply(Event("R", 5, "reopened", "reopened", department: "ZJJ", lead: "ZJJ"), Shanghai));

        Assert.DoesNotContain("R", book.Closed.Keys);
        Assert.Equal(5, book.Marks["R"].Sequence);
        Assert.Equal(1, book.Row("2026-11", FigureDimensions.City, FigureDimensions.CityKey).Reopened);
    }

    [Fact]
    public void Only_the_latest_closed_orders_are_remembered()
    {
        var book = new FigureBook();
        var total = FigureBook.ClosedKept + FigureBook.ClosedKept / 4 + 1;
        for (var i = 0; i < total; i++) Assert.True(book.Apply(Event($"X{i}", 3, "closed", "closed", lead: "ZJJ"), Shanghai));

        Assert.Equal(FigureBook.ClosedKept, book.Closed.Count);
        Assert.DoesNotContain("X0", book.Closed.Keys);
        Assert.Contains($"X{total - 1}", book.Closed.Keys);
        Assert.False(book.Apply(Event($"X{total - 1}", 3, "closed", "closed", lead: "ZJJ"), Shanghai));
        Assert.Equal(total, book.Row("2026-11", FigureDimensions.City, FigureDimensions.CityKey).Closed);
    }
}
