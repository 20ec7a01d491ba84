using System.Text.Json;
using Hotline.Domain.Clocks;
using Microsoft.Extensions.Time.Testing;
using static Hotline.Domain.Tests.Calendar.TestData;

namespace Hotline.Domain.Tests.Clocks;

/// <summary>A clock driven by a fake clock: thresholds fire at their instant, once, in order.</summary>
public sealed class ClockTimelineTests
{
    private static readonly DateTimeOffset Dispatched = Instant("2026-03-10T10:00:00+08:00");
    private static readonly ClockPlanner Planner = new(Policies, HotlineCalendar);
    private static readonly ClockThresholds Thresholds = Planner.Thresholds;

    /// <summary>A life-safety completion clock: 2 h, so 1 % = 72 s.</summary>
    private static Clock Completion() =>
        Planner.Plan(ClockTrigger.DispatchedLead, new OrderProfile("燃气", Urgency.LifeSafety, null, Dispatched), Dispatched, "燃气公司")
            .Single(c => c.Name == ClockName.Completion);

    public static TheoryData<int, int, ClockSignal, EscalationLevel> Points => new()
    {
        { 50, 60, ClockSignal.Warning, EscalationLevel.Handler },
        { 75, 90, ClockSignal.Warning, EscalationLevel.Handler },
        { 90, 108, ClockSignal.Warning, EscalationLevel.DepartmentHead },
        { 100, 120, ClockSignal.Breach, EscalationLevel.DepartmentHead },
        { 150, 180, ClockSignal.Escalation, EscalationLevel.Centre },
        { 200, 240, ClockSignal.Escalation, EscalationLevel.Leadership },
    };

    [Theory]
    [MemberData(nameof(Points))]
    public void Each_threshold_fires_at_its_instant(int percent, int minutes, ClockSignal signal, EscalationLevel level)
    {
        var clock = Completion();
        var fake = new FakeTimeProvider(Dispatched);
        var instant = Dispatched.AddMinutes(minutes);
        Assert.Equal(instant, clock.InstantOf(percent));

        // Fire everything before, so only this threshold is left to watch.
        fake.SetUtcNow(instant - TimeSpan.FromTicks(1));
        Assert.DoesNotContain(clock.Collect(fake.GetUtcNow(), Thresholds), e => e.Percent == percent);
        Assert.Equal(instant, clock.NextInstant(Thresholds));

        fake.Advance(TimeSpan.FromTicks(1));
        var fired = Assert.Single(clock.Collect(fake.GetUtcNow(), Thresholds));

        Assert.Equal(new ClockEvent(ClockName.Completion, "燃气公司", percent, signal, level, instant, instant), fired);
        Assert.Empty(clock.Collect(fake.GetUtcNow(), Thresholds));
        fake.Advance(TimeSpan.FromMinutes(1));
        Assert.DoesNotContain(clock.Collect(fake.GetUtcNow(), Thresholds), e => e.Percent == percent);
    }

    [Fact]
    public void Walking_the_timeline_fires_each_threshold_once_in_order()
    {
        var clock = Completion();
        var fake = new FakeTimeProvider(Dispatched);
        var all = new List<ClockEvent>();

        foreach (var threshold in Thresholds.Items)
        {
            var instant = clock.InstantOf(threshold.Percent);
            Assert.Equal(instant, clock.NextInstant(Thresholds));
            fake.SetUtcNow(instant - TimeSpan.FromSeconds(1));
            Assert.Empty(clock.Collect(fake.GetUtcNow(), Thresholds));
            fake.SetUtcNow(instant);
            all.AddRange(clock.Collect(fake.GetUtcNow(), Thresholds));
        }
        fake.Advance(TimeSpan.FromDays(30));
        Assert.Empty(clock.Collect(fake.GetUtcNow(), Thresholds));

        Assert.Equal([50, 75, 90, 100, 150, 200], all.Select(e => e.Percent));
        Assert.All(all, e => Assert.Equal(e.DueInstant, e.FiredAt));
        Assert.Null(clock.NextInstant(Thresholds));
    }

    [Fact]
    public void A_clock_whose_silo_was_down_fires_the_missed_thresholds_once_in_order()
    {
        var clock = Completion();
        var fake = new FakeTimeProvider(Dispatched);
        fake.Advance(TimeSpan.FromMinutes(30));
        Assert.Empty(clock.Collect(fake.GetUtcNow(), Thresholds));

        fake.Advance(TimeSpan.FromMinutes(170)); // down until 200 min, 167 %
        var late = clock.Collect(fake.GetUtcNow(), Thresholds);

        Assert.Equal([50, 75, 90, 100, 150], late.Select(e => e.Percent));
        Assert.All(late, e => Assert.Equal(fake.GetUtcNow(), e.FiredAt));
        Assert.Equal(late.Select(e => clock.InstantOf(e.Percent)), late.Select(e => e.DueInstant));
        Assert.Empty(clock.Collect(fake.GetUtcNow(), Thresholds));
        Assert.Equal(clock.InstantOf(200), clock.NextInstant(Thresholds));

        fake.Advance(TimeSpan.FromMinutes(40));
        Assert.Equal([200], clock.Collect(fake.GetUtcNow(), Thresholds).Select(e => e.Percent));
    }

    [Fact]
    public void Fired_thresholds_survive_the_grain_state_round_trip()
    {
        var clock = Completion();
        var fake = new FakeTimeProvider(Dispatched);
        fake.Advance(TimeSpan.FromMinutes(100));
        Assert.Equal(2, clock.Collect(fake.GetUtcNow(), Thresholds).Count);

        var reactivated = JsonSerializer.Deserialize<Clock>(JsonSerializer.Serialize(clock))!;

        Assert.Empty(reactivated.Collect(fake.GetUtcNow(), Thresholds));
        fake.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal([90], reactivated.Collect(fake.GetUtcNow(), Thresholds).Select(e => e.Percent));
    }

    [Fact]
    public void A_stopped_clock_fires_nothing()
    {
        var clock = Completion();
        var fake = new FakeTimeProvider(Dispatched);
        fake.Advance(TimeSpan.FromMinutes(45));
        clock.Stop(fake.GetUtcNow());

        fake.Advance(TimeSpan.FromHours(10));

        Assert.Empty(clock.Collect(fake.GetUtcNow(), Thresholds));
        Assert.Null(clock.NextInstant(Thresholds));
        Assert.Equal(ClockState.Met, clock.StateAt(fake.GetUtcNow()));
    }

    [Theory]
    [InlineData(0, ClockState.Running)]
    [InlineData(60, ClockState.Running)]
    [InlineData(89, ClockState.Running)]
    [InlineData(90, ClockState.Warning)] // 75 %
    [InlineData(119, ClockState.Warning)]
    [InlineData(120, ClockState.Overdue)]
    [InlineData(300, ClockState.Overdue)]
    public void StateAt_of_a_running_clock(int minutes, ClockState expected)
    {
        var fake = new FakeTimeProvider(Dispatched);
        fake.Advance(TimeSpan.FromMinutes(minutes));
        Assert.Equal(expected, Completion().StateAt(fake.GetUtcNow()));
    }

    [Theory]
    [InlineData(100, false, ClockState.Met)]
    [InlineData(120, false, ClockState.Met)] // exactly at the deadline is on time
    [InlineData(121, false, ClockState.Late)]
    [InlineData(30, true, ClockState.Cancelled)]
    [InlineData(500, true, ClockState.Cancelled)]
    public void StateAt_of_a_stopped_clock(int stoppedAfterMinutes, bool cancelled, ClockState expected)
    {
        var clock = Completion();
        var fake = new FakeTimeProvider(Dispatched);
        fake.Advance(TimeSpan.FromMinutes(stoppedAfterMinutes));
        clock.Stop(fake.GetUtcNow(), cancelled);

        fake.Advance(TimeSpan.FromDays(1));
        clock.Stop(fake.GetUtcNow(), cancelled: !cancelled); // a second stop keeps the first outcome

        Assert.Equal(expected, clock.StateAt(fake.GetUtcNow()));
        Assert.Equal(Dispatched.AddMinutes(stoppedAfterMinutes), clock.StoppedAt);
    }
}
