namespace Hotline.Bench.Board;

/// <summary>Percentiles of a set of latencies in milliseconds (nearest-rank).</summary>
public sealed record Distribution(int Count, double P50, double P95, double P99, double Max)
{
    public static readonly Distribution Empty = new(0, double.NaN, double.NaN, double.NaN, double.NaN);

    public static Distribution Of(IEnumerable<double> valuesMs)
    {
        var sorted = valuesMs.Order().ToArray();
        if (sorted.Length == 0) return Empty;
        return new Distribution(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted[^1]);
    }

    private static double Rank(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
