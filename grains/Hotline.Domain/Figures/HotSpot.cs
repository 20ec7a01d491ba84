namespace Hotline.Domain.Figures;

/// <summary>A hot spot (热点): one district × category cell of a month, with its orders received and deadlines breached.</summary>
public sealed record HotSpot(string DistrictCode, string Category, int Received, int Breaches)
{
    /// <summary>Every cell with activity, busiest first (received, then breaches).</summary>
    public static IReadOnlyList<HotSpot> Of(IReadOnlyDictionary<string, FigureCounters> month) =>
        FigureRow.Of(month, FigureDimensions.Spot)
            .Select(r =>
            {
                var (district, category) = FigureDimensions.ParseSpot(r.Key);
                return new HotSpot(district, category, r.Counters.Received, r.Counters.Breaches);
            })
            .Where(s => s.Received + s.Breaches > 0)
            .OrderByDescending(s => s.Received)
            .ThenByDescending(s => s.Breaches)
            .ThenBy(s => s.DistrictCode, StringComparer.Ordinal)
            .ThenBy(s => s.Category, StringComparer.Ordinal)
            .ToArray();
}
