using Hotline.Domain.Clocks;
using static Hotline.Domain.Tests.Calendar.TestData;

namespace Hotline.Domain.Tests.Clocks;

public sealed class ClockPlannerTests
{
    private static readonly ClockPlanner Planner = new(Policies, HotlineCalendar);

    private static Dictionary<ClockName, (string Start, string Due)> Plan(
        ClockTrigger trigger, OrderProfile order, string at, string? department = "市水务局") =>
        Planner.Plan(trigger, order, Instant(at), department)
            .ToDictionary(c => c.Name, c => (Text(c.StartedAt), Text(c.DueAt)));

    [Fact]
    public void Lead_of_a_default_order_gets_accept_return_window_and_completion()
    {
        var order = new OrderProfile("市容环境", Urgency.Normal, null, Instant("2026-02-13T09:00:00+08:00"));

        var clocks = Planner.Plan(ClockTrigger.DispatchedLead, order, Instant("2026-02-13T10:00:00+08:00"), "城管局");

        Assert.Equal([ClockName.Accept, ClockName.ReturnWindow, ClockName.Completion], clocks.Select(c => c.Name));
        Assert.All(clocks, c => Assert.Equal("城管局", c.Department));
        Assert.All(clocks, c => Assert.Equal("2026-02-13T10:00:00+08:00", Text(c.StartedAt)));
        Assert.All(clocks, c => Assert.True(c.IsRunning));
        Assert.Equal("2026-02-14T10:00:00+08:00", Text(clocks[0].DueAt));
        Assert.Equal("2026-02-14T10:00:00+08:00", Text(clocks[1].DueAt));
        Assert.Equal("2026-02-27T10:00:00+08:00", Text(clocks[2].DueAt));
    }

    [Fact]
    public void Lead_of_a_life_safety_order_gets_the_emergency_clocks()
    {
        var order = new OrderProfile("燃气", Urgency.LifeSafety, null, Instant("2026-02-16T22:50:00+08:00"));

        var clocks = Plan(ClockTrigger.DispatchedLead, order, "2026-02-16T23:00:00+08:00");

        Assert.Equal(("2026-02-16T23:00:00+08:00", "2026-02-16T23:15:00+08:00"), clocks[ClockName.Accept]);
        Assert.Equal(("2026-02-16T23:00:00+08:00", "2026-02-16T23:30:00+08:00"), clocks[ClockName.EmergencyAnswer]);
        Assert.Equal(("2026-02-16T23:00:00+08:00", "2026-02-17T01:00:00+08:00"), clocks[ClockName.Completion]);
        Assert.Equal(("2026-02-16T23:00:00+08:00", "2026-02-24T18:00:00+08:00"), clocks[ClockName.ReturnWindow]); // holiday start
        Assert.False(clocks.ContainsKey(ClockName.SameDay));
    }

    [Theory]
    // Same-day runs from the receipt: the day received counts, even if dispatch comes later.
    [InlineData("2026-01-12T19:00:00+08:00", "2026-01-12T21:00:00+08:00", "2026-01-13T00:00:00+08:00")]
    [InlineData("2026-01-12T20:30:00+08:00", "2026-01-12T20:40:00+08:00", "2026-01-13T12:00:00+08:00")]
    [InlineData("2026-01-12T23:50:00+08:00", "2026-01-13T00:10:00+08:00", "2026-01-13T12:00:00+08:00")]
    public void Heating_task_force_lead_gets_same_day_from_receipt(string received, string at, string sameDayDue)
    {
        var order = new OrderProfile("供热", Urgency.Normal, "HEATING", Instant(received));

        var clocks = Plan(ClockTrigger.DispatchedLead, order, at, "热力公司");

        Assert.Equal([ClockName.Accept, ClockName.ReturnWindow, ClockName.SameDay], clocks.Keys);
        Assert.Equal((received, sameDayDue), clocks[ClockName.SameDay]);
        Assert.Equal(Text(Instant(at).AddMinutes(30)), clocks[ClockName.Accept].Due);
    }

    [Fact]
    public void Co_handler_gets_accept_completion_and_same_day()
    {
        var normal = new OrderProfile("供水", Urgency.Normal, null, Instant("2025-09-30T14:00:00+08:00"));
        var heating = normal with { Category = "供热", TaskForce = "HEATING" };

        var a = Plan(ClockTrigger.DispatchedCoHandler, normal, "2025-09-30T15:00:00+08:00");
        var b = Plan(ClockTrigger.DispatchedCoHandler, heating, "2025-09-30T15:00:00+08:00");

        Assert.Equal([ClockName.Accept, ClockName.Completion], a.Keys);
        Assert.Equal("2025-09-30T15:30:00+08:00", a[ClockName.Accept].Due);
        Assert.Equal("2025-10-14T15:00:00+08:00", a[ClockName.Completion].Due);
        Assert.Equal([ClockName.Accept, ClockName.SameDay], b.Keys);
        Assert.Equal(("2025-09-30T14:00:00+08:00", "2025-10-01T00:00:00+08:00"), b[ClockName.SameDay]);
    }

    [Fact]
    public void Reopened_task_force_order_gets_a_new_same_day_from_the_reopening()
    {
        var order = new OrderProfile("供热", Urgency.Normal, "HEATING", Instant("2026-01-12T09:00:00+08:00"));

        var clocks = Plan(ClockTrigger.Reopened, order, "2026-01-14T10:00:00+08:00");

        Assert.Equal([ClockName.Accept, ClockName.SameDay], clocks.Keys);
        Assert.Equal(("2026-01-14T10:00:00+08:00", "2026-01-15T00:00:00+08:00"), clocks[ClockName.SameDay]);
    }

    [Fact]
    public void Reopened_default_order_gets_accept_and_completion()
    {
        var order = new OrderProfile("市容环境", Urgency.Normal, null, Instant("2026-01-12T09:00:00+08:00"));

        var clocks = Plan(ClockTrigger.Reopened, order, "2026-01-14T10:00:00+08:00");

        Assert.Equal([ClockName.Accept, ClockName.Completion], clocks.Keys);
        Assert.Equal("2026-01-21T10:00:00+08:00", clocks[ClockName.Completion].Due);
    }

    [Fact]
    public void Review_approved_starts_the_centre_callback()
    {
        var order = new OrderProfile("供热", Urgency.LifeSafety, "HEATING", Instant("2026-02-13T09:00:00+08:00"));

        var clock = Assert.Single(Planner.Plan(ClockTrigger.ReviewApproved, order, Instant("2026-02-13T16:00:00+08:00"), "热力公司"));

        Assert.Equal(ClockName.Callback, clock.Name);
        Assert.Null(clock.Department);
        Assert.Equal("2026-02-14T16:00:00+08:00", Text(clock.DueAt));
    }

    [Theory]
    [InlineData(ClockTrigger.DispatchedLead)]
    [InlineData(ClockTrigger.DispatchedCoHandler)]
    [InlineData(ClockTrigger.Reopened)]
    public void Department_clocks_need_a_department(ClockTrigger trigger)
    {
        var order = new OrderProfile("市容环境", Urgency.Normal, null, Instant("2026-01-12T09:00:00+08:00"));
        Assert.Throws<ArgumentException>(() => Planner.Plan(trigger, order, Instant("2026-01-12T10:00:00+08:00"), null));
    }

    [Fact]
    public void Thresholds_come_from_the_policy_book() => Assert.Same(Policies.Thresholds, Planner.Thresholds);
}
