using Hotline.Client.Api;
using Hotline.Client.Simulation;

namespace Hotline.Client.Tests;

public sealed class SimulationOutcomeTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>An order at speed-up 3600 (1 wall second = 1 simulated hour), steps given in simulated hours.</summary>
    private static OrderDto Order(string status, double received, params (string Action, double Hour)[] steps)
    {
        var events = steps.Select((s, i) => new EventDto(i + 1, Start.AddSeconds(s.Hour), "x", s.Action, null, null, null, "RL-LS")).ToArray();
        return new OrderDto { Id = Guid.NewGuid().ToString(), Status = status, ReceivedAt = Start.AddSeconds(received), Events = events, Version = events.Length };
    }

    [Fact]
    public void Figures_are_counted_in_simulated_time()
    {
        OrderDto[] orders =
        [
            Order("closed", 8, ("received", 8), ("dispatched", 8.1), ("accepted", 8.3), ("replied", 10), ("closed", 12)),   // same day
            Order("closed", 9, ("received", 9), ("dispatched", 9.1), ("accepted", 10), ("replied", 11), ("closed", 13)),    // late accept (54 min)
            Order("closed", 21, ("received", 21), ("dispatched", 21.1), ("accepted", 21.2), ("replied", 37), ("closed", 38)), // after 20:00: due 12:00 next day → late reply
            Order("accepted", 10, ("received", 10), ("dispatched", 10.1), ("accepted", 10.2)),                              // still open
        ];
        var f = SimulationOutcome.Compute(orders, Start, 3600);
        Assert.Equal(4, f.Created);
        Assert.Equal(3, f.Closed);
        Assert.Equal(2, f.SameDay);
        Assert.Equal(2, f.OverdueSimulated);
        Assert.Equal(1, f.LateAccepts);
        Assert.Equal(1, f.LateReplies);
        Assert.Equal(0.75, f.CompletionRate, 3);
        Assert.Equal(0.5, f.SameDayRate, 3);
        Assert.Equal([120, 120, 16 * 60], f.ReplyMinutes.Select(m => Math.Round(m)).ToArray());
        Assert.Equal(240, SimulationOutcome.Percentile(f.CloseMinutes, 50), 3);
        Assert.Equal(17 * 60, SimulationOutcome.Percentile(f.CloseMinutes, 95), 3);
    }

    [Fact]
    public void Percentiles_use_the_nearest_rank()
    {
        double[] values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
        Assert.Equal(5, SimulationOutcome.Percentile(values, 50));
        Assert.Equal(10, SimulationOutcome.Percentile(values, 95));
        Assert.True(double.IsNaN(SimulationOutcome.Percentile([], 50)));
    }
}
