namespace Hotline.Client.Simulation;

/// <summary>One order of the simulated day: when it arrives, where, and what happens to it. Delays are simulated time.</summary>
public sealed record PlannedOrder(
    int Index,
    TimeSpan Arrival,
    string DistrictCode,
    int Complaint,
    string Phone,
    string Seat,
    bool Returned,
    bool Extension,
    bool Late,
    bool Dissatisfied,
    TimeSpan DispatchDelay,
    TimeSpan AcceptDelay,
    TimeSpan ReplyDelay,
    TimeSpan ReviewDelay,
    TimeSpan CallbackDelay);

/// <summary>
/// The day's script, fixed by the seed: the same seed and settings give the same orders in the same order.
/// Late orders are accepted after the 30-minute 签收 clock and replied after the same-day deadline, in simulated time.
/// </summary>
public static class HeatingPlan
{
    public static IReadOnlyList<PlannedOrder> Create(SimulationSettings settings, IReadOnlyList<string> districtCodes)
    {
        if (districtCodes.Count == 0) throw new ArgumentException("No districts to plan for.", nameof(districtCodes));
        var random = new Random(settings.Seed);
        var arrivals = Enumerable.Range(0, settings.Orders).Select(_ => ArrivalCurve.At(random.NextDouble())).Order().ToArray();
        var orders = new List<PlannedOrder>(settings.Orders);
        for (var i = 0; i < settings.Orders; i++)
        {
            var late = random.NextDouble() < settings.Late;
            orders.Add(new PlannedOrder(
                Index: i,
                Arrival: arrivals[i],
                DistrictCode: districtCodes[random.Next(districtCodes.Count)],
                Complaint: random.Next(HeatingComplaints.All.Count),
                Phone: "139" + random.Next(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture),
                Seat: i % 2 == 0 ? "seat1" : "seat2",
                Returned: random.NextDouble() < settings.Returns,
                Extension: random.NextDouble() < settings.Extensions,
                Late: late,
                Dissatisfied: random.NextDouble() < settings.Dissatisfied,
                DispatchDelay: Minutes(random, 1, 8),
                AcceptDelay: late ? Minutes(random, 35, 90) : Minutes(random, 3, 25),
                ReplyDelay: Minutes(random, 40, 240),
                ReviewDelay: Minutes(random, 5, 30),
                CallbackDelay: Minutes(random, 20, 120)));
        }
        return orders;
    }

    /// <summary>The heating task force's same-day rule: by 24:00, or by 12:00 next day after the 20:00 cut-off.</summary>
    public static TimeSpan SameDayDeadline(TimeSpan received)
    {
        var day = Math.Floor(received.TotalDays);
        var midnight = TimeSpan.FromDays(day + 1);
        return received - TimeSpan.FromDays(day) >= TimeSpan.FromHours(20) ? midnight + TimeSpan.FromHours(12) : midnight;
    }

    private static TimeSpan Minutes(Random random, double min, double max) => TimeSpan.FromMinutes(min + random.NextDouble() * (max - min));
}
