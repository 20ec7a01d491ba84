namespace Hotline.Intelligence.Routing;

/// <summary>Top-1 / top-3 accuracy of ranked suggestions against the label that actually handled the order.</summary>
public static class RoutingEvaluation
{
    public static AccuracyReport Score(IEnumerable<(string Truth, IReadOnlyList<string> Ranked)> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var count = 0;
        var top1 = 0;
        var top3 = 0;
        foreach (var (truth, ranked) in outcomes)
        {
            count++;
            var limit = Math.Min(3, ranked.Count);
            for (var i = 0; i < limit; i++)
            {
                if (!string.Equals(ranked[i], truth, StringComparison.Ordinal))
                {
                    continue;
                }
                if (i == 0)
                {
                    top1++;
                }
                top3++;
                break;
            }
        }
        return count == 0
            ? new AccuracyReport(0, 0, 0)
            : new AccuracyReport(count, (double)top1 / count, (double)top3 / count);
    }
}
