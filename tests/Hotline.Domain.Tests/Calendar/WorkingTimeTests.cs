using Hotline.Domain.Calendar;
using Hotline.Domain.Clocks;
using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.Calendar.TestData;

namespace Hotline.Domain.Tests.Calendar;

public sealed class WorkingTimeTests
{
    [Theory]
    // Friday 10:00 to Monday 10:00: the weekend does not count.
    [InlineData("2026-03-06T10:00:00+08:00", "2026-03-09T10:00:00+08:00", 24)]
    // Friday 10:00 before Spring Festival to Tuesday after it: Fri 14 h, make-up Sat 24 h, Tue 10 h.
    [InlineData("2026-02-13T10:00:00+08:00", "2026-02-24T10:00:00+08:00", 48)]
    // Inside National Day nothing counts.
    [InlineData("2025-10-02T08:00:00+08:00", "2025-10-06T20:00:00+08:00", 0)]
    public void Between_counts_only_working_days(string from, string to, double hours) =>
        Assert.Equal(TimeSpan.FromHours(hours), WorkingTime.Between(HotlineCalendar, Instant(from), Instant(to)));

    [Theory]
    [InlineData("2026-02-13T10:00:00+08:00", 14, "2026-02-14T00:00:00+08:00")]
    // 39 h: Friday 14 h, the make-up Saturday 24 h, then the first hour after Spring Festival.
    [InlineData("2026-02-13T10:00:00+08:00", 39, "2026-02-24T01:00:00+08:00")]
    [InlineData("2025-09-30T15:00:00+08:00", 10, "2025-10-09T01:00:00+08:00")]
    public void Add_skips_holidays_and_weekends(string from, double hours, string expected) =>
        Assert.Equal(Instant(expected), WorkingTime.Add(HotlineCalendar, Instant(from), TimeSpan.FromHours(hours)));

    [Fact]
    public void A_working_day_clock_across_Spring_Festival_warns_on_working_days()
    {
        // Five working days from Friday 13 February 2026, 10:00: due Friday 27 February, 10:00.
        var planner = new ClockPlanner(Policies, HotlineCalendar);
        var order = new OrderProfile("市容环境", Urgency.Normal, null, Instant("2026-02-13T10:00:00+08:00"));
        var completion = planner.Plan(ClockTrigger.DispatchedLead, order, order.ReceivedAt, "CGJ").Single(c => c.Name == ClockName.Completion);

        Assert.Equal(Instant("2026-02-27T10:00:00+08:00"), completion.DueAt);
        // 120 working hours; half is 60 h: Fri 14 h + Sat (make-up) 24 h + Tue 22 h.
        Assert.Equal(Instant("2026-02-24T22:00:00+08:00"), completion.InstantOf(50));
        Assert.Equal(Instant("2026-02-27T10:00:00+08:00"), completion.InstantOf(100));
        foreach (var percent in new[] { 50, 75, 90, 150, 200 })
            Assert.True(HotlineCalendar.IsWorkingDay(HotlineCalendar.LocalDate(completion.InstantOf(percent))), $"{percent} % on a working day");

        // A natural-time clock keeps plain shares.
        var accept = planner.Plan(ClockTrigger.DispatchedLead, new OrderProfile("燃气", Urgency.LifeSafety, null, order.ReceivedAt), order.ReceivedAt, "RQ")
            .Single(c => c.Name == ClockName.Accept);
        Assert.Null(accept.Schedule);
        Assert.Equal(accept.StartedAt.AddMinutes(7.5), accept.InstantOf(50));
    }

    [Fact]
    public void An_approved_extension_reschedules_the_working_time_thresholds()
    {
        var planner = new ClockPlanner(Policies, HotlineCalendar);
        var at = Instant("2026-03-02T10:00:00+08:00");
        var order = WorkOrder.Receive("20260302-EXT001", new NewOrder
        {
            Channel = "热线电话", Caller = new CallerInfo { Phone = "13800001234" }, DistrictCode = "141102", Address = "离石区",
            Category = "市容环境", Title = "占道经营", Content = "路口长期占道经营。",
        }, "seat:1", at, planner);
        Assert.True(order.Dispatch("CGJ", [], "dispatcher", at).Succeeded);
        Assert.True(order.Accept("CGJ", "dept:CGJ", at.AddMinutes(10)).Succeeded);
        var completion = order.Data.Clocks.Single(c => c.Name == ClockName.Completion);
        Assert.Equal(Instant("2026-03-09T10:00:00+08:00"), completion.DueAt);

        var until = Instant("2026-03-16T10:00:00+08:00");
        Assert.True(order.RequestExtension("CGJ", until, "需协调多部门", "dept:CGJ", at.AddHours(1)).Succeeded);
        Assert.True(order.DecideExtension(true, null, "centre", at.AddHours(2)).Succeeded);

        // Ten working days now: half is Monday 9 March 10:00, after the weekend.
        Assert.Equal(until, completion.InstantOf(100));
        Assert.Equal(Instant("2026-03-09T10:00:00+08:00"), completion.InstantOf(50));
        Assert.Equal(WorkingTime.Share(HotlineCalendar, completion.StartedAt, until, 75), completion.InstantOf(75));
    }
}
