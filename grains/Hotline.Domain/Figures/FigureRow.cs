namespace Hotline.Domain.Figures;

/// <summary>One key of one dimension in a month, e.g. department RL-LS in 2026-11.</summary>
public sealed record FigureRow(string Dimension, string Key, FigureCounters Counters)
{
    /// <summary>The rows of one dimension from a month's "dimension:key" map, by key.</summary>
    public static IReadOnlyList<FigureRow> Of(IReadOnlyDictionary<string, FigureCounters> month, string dimension) =>
        month
            .Select(x => (Parsed: FigureBook.ParseRowKey(x.Key), Counters: x.Value))
            .Where(x => x.Parsed.Dimension == dimension)
            .Select(x => new FigureRow(dimension, x.Parsed.Key, x.Counters))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The city row; zeros when nothing happened.</summary>
    public static FigureRow City(IReadOnlyDictionary<string, FigureCounters> month) =>
        new(FigureDimensions.City, FigureDimensions.CityKey,
            month.GetValueOrDefault(FigureBook.RowKey(FigureDimensions.City, FigureDimensions.CityKey)) ?? new FigureCounters());
}
