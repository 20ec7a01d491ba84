namespace Hotline.Client.Simulation;

/// <summary>
/// A cold day's heating calls by hour (share of the day): a dawn peak when homes are coldest (06–09), a lull after
/// noon and an evening peak when people are home (18–22); almost nothing at night.
/// </summary>
public static class ArrivalCurve
{
    public static readonly IReadOnlyList<double> HourlyWeights =
    [
        0.5, 0.3, 0.2, 0.2, 0.3, 1.0, 4.0, 8.0, 9.0, 7.5, 6.0, 5.0,
        4.0, 3.5, 3.5, 4.0, 4.5, 5.5, 7.0, 7.5, 6.5, 4.5, 2.5, 1.0,
    ];

    /// <summary>The simulated instant (offset from 00:00) for a uniform draw u in [0, 1): inverse of the hourly CDF.</summary>
    public static TimeSpan At(double u)
    {
        var total = HourlyWeights.Sum();
        var target = Math.Clamp(u, 0, 0.999999) * total;
        for (var hour = 0; hour < HourlyWeights.Count; hour++)
        {
            var w = HourlyWeights[hour];
            if (target < w) return TimeSpan.FromHours(hour + target / w);
            target -= w;
        }
        return TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1);
    }
}
