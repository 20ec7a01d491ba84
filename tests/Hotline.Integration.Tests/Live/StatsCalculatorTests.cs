using Hotline.Dashboard.Live;
using static Hotline.Integration.Tests.Live.LiveTestData;

namespace Hotline.Integration.Tests.Live;

public sealed class StatsCalculatorTests
{
    private readonly StatsCalculator _calculator = new(Reference);
    private static readonly DateTimeOffset Midnight = TodayStart.AddDays(1);

    [Fact]
    public void Counts_today_by_local_day_and_the_same_day_rate_by_deadline()
    {
        var rows = new[]
        {
            // Received yesterday, still open and overdue: counts as open and overdue, not as received today.
            Row("Y", receivedAt: Morning.AddDays(-1), overdue: true, sameDayDueAt: TodayStart),
            // Received today, dispatched and completed in time.
            Row("A", status: "replied", dispatchedAt: Morning, completedAt: Morning.AddHours(3), sameDayDueAt: Midnight),
            // Received today, completed after its same-day deadline (a late arrival's noon deadline).
            Row("B", status: "closed", receivedAt: Morning, dispatchedAt: Morning, completedAt: Morning.AddHours(3), sameDayDueAt: Morning.AddHours(2), terminal: true),
            // Received today, open, its deadline ahead.
            Row("C", district: "141181", lead: "RL-XY", dispatchedAt: Morning, sameDayDueAt: Midnight),
            // Received at 23:59 yesterday local time (15:59 UTC): yesterday's.
            Row("D", receivedAt: TodayStart.AddMinutes(-1), taskForce: null, lead: "ZJJ"),
        };

        var stats = _calculator.Count(rows, TodayStart, Morning.AddHours(4));

        Assert.Equal(3, stats.Received);
        Assert.Equal(3, stats.Dispatched);
        Assert.Equal(2, stats.Completed);
        Assert.Equal(3, stats.Open);
        Assert.Equal(1, stats.Overdue);
        Assert.Equal(1, stats.SameDayMet);
        Assert.Equal(1, stats.SameDayLate);
        Assert.Equal(Math.Round(1 / 3.0, 4), stats.SameDayRate);

        var lishi = Assert.Single(stats.ByDistrict, d => d.Code == "141102");
        Assert.Equal((2, 1, 2), (lishi.Open, lishi.Overdue, lishi.Received));
        Assert.Equal(13, stats.ByDistrict.Count);
        Assert.All(stats.ByDistrict, d => Assert.InRange(d.Lat, 36, 39));
        Assert.Equal((1, 1), Assert.Single(stats.ByCompany, c => c.Code == "RL-LS") is var ls ? (ls.Open, ls.Overdue) : default);
        Assert.Equal(1, Assert.Single(stats.ByCompany, c => c.Code == "RL-XY").Open);
        Assert.DoesNotContain(stats.ByCompany, c => c.Code == "ZJJ");
    }

    [Fact]
    public void No_same_day_orders_means_no_rate_rather_than_zero()
    {
        var stats = _calculator.Count([Row("A", taskForce: null)], TodayStart, Morning);
        Assert.Null(stats.SameDayRate);
    }

    [Fact]
    public void An_open_order_past_its_same_day_deadline_is_late()
    {
        var stats = _calculator.Count([Row("A", sameDayDueAt: Morning)], TodayStart, Morning.AddMinutes(1));
        Assert.Equal((0, 1, 0.0), (stats.SameDayMet, stats.SameDayLate, stats.SameDayRate!.Value));
    }
}
