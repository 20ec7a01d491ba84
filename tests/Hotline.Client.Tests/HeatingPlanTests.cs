using Hotline.Client.Simulation;

namespace Hotline.Client.Tests;

public sealed class HeatingPlanTests
{
    private static readonly string[] Districts = ["141102", "141121", "141122", "141123", "141124", "141125", "141126", "141127", "141128", "141129", "141130", "141181", "141182"];

    private static SimulationSettings Settings(int seed, int orders = 2000) => new(orders, 720, 0.05, 0.03, 0.1, 0.05, seed);

    [Fact]
    public void The_same_seed_gives_the_same_day()
    {
        Assert.Equal(HeatingPlan.Create(Settings(7), Districts), HeatingPlan.Create(Settings(7), Districts));
        Assert.NotEqual(HeatingPlan.Create(Settings(7), Districts), HeatingPlan.Create(Settings(8), Districts));
    }

    [Fact]
    public void Arrivals_follow_the_day_and_the_shares_are_kept()
    {
        var plan = HeatingPlan.Create(Settings(42), Districts);
        Assert.Equal(2000, plan.Count);
        Assert.All(plan, p => Assert.InRange(p.Arrival, TimeSpan.Zero, TimeSpan.FromHours(24)));
        Assert.Equal(plan.Select(p => p.Arrival).Order(), plan.Select(p => p.Arrival));
        Assert.Equal(13, plan.Select(p => p.DistrictCode).Distinct().Count());

        // The morning peak (07–09) far outweighs the small hours (01–03).
        var morning = plan.Count(p => p.Arrival.Hours is 7 or 8);
        var night = plan.Count(p => p.Arrival.Hours is 1 or 2);
        Assert.True(morning > 10 * night, $"morning {morning}, night {night}");

        Assert.InRange(plan.Count(p => p.Returned), 60, 140);      // 5 % of 2000 = 100
        Assert.InRange(plan.Count(p => p.Late), 150, 250);         // 10 %
        Assert.InRange(plan.Count(p => p.Extension), 30, 90);      // 3 %
        Assert.InRange(plan.Count(p => p.Dissatisfied), 60, 140);  // 5 %
        Assert.All(plan.Where(p => p.Late), p => Assert.True(p.AcceptDelay > TimeSpan.FromMinutes(30)));
        Assert.All(plan.Where(p => !p.Late), p => Assert.True(p.AcceptDelay < TimeSpan.FromMinutes(30)));
    }

    [Theory]
    [InlineData(8.0, 24.0)]
    [InlineData(19.99, 24.0)]
    [InlineData(20.0, 36.0)]      // after the 20:00 cut-off: 12:00 next day
    [InlineData(23.5, 36.0)]
    [InlineData(25.0, 48.0)]      // day two
    public void Same_day_deadline(double receivedHour, double deadlineHour) =>
        Assert.Equal(TimeSpan.FromHours(deadlineHour), HeatingPlan.SameDayDeadline(TimeSpan.FromHours(receivedHour)));

    [Fact]
    public void Late_replies_fall_after_the_same_day_deadline_and_others_before_it()
    {
        foreach (var p in HeatingPlan.Create(Settings(3, 500), Districts))
        {
            var accepted = p.Arrival + p.DispatchDelay + p.AcceptDelay;
            var reply = HeatingSimulator.ReplyAt(p, accepted);
            var deadline = HeatingPlan.SameDayDeadline(p.Arrival);
            if (p.Late) Assert.True(reply > deadline, $"late order {p.Index} replies at {reply}, deadline {deadline}");
            else if (accepted + TimeSpan.FromMinutes(5) <= deadline - TimeSpan.FromMinutes(10)) Assert.True(reply <= deadline);
            Assert.True(reply > accepted);
        }
    }

    [Fact]
    public void One_simulated_hour_takes_3600_over_K_seconds()
    {
        var settings = Settings(1) with { Speedup = 720 };
        Assert.Equal(TimeSpan.FromSeconds(5), settings.ToWall(TimeSpan.FromHours(1)));
        Assert.Equal(TimeSpan.FromHours(1), settings.ToSimulated(TimeSpan.FromSeconds(5)));
    }
}
