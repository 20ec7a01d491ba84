using Hotline.Intelligence.Routing;

namespace Hotline.Intelligence.Tests.Routing;

public sealed class RoutingEvaluationTests
{
    [Fact]
    public void Counts_top1_and_top3_hits()
    {
        (string, IReadOnlyList<string>)[] outcomes =
        [
            ("A", ["A", "B", "C"]),      // top-1 and top-3
            ("B", ["A", "B", "C"]),      // top-3 only
            ("C", ["A", "B", "D", "C"]), // fourth: neither
            ("D", []),                   // no suggestion: neither
            ("E", ["F", "G", "E"]),      // top-3 only
        ];

        var report = RoutingEvaluation.Score(outcomes);

        Assert.Equal(5, report.Count);
        Assert.Equal(1 / 5d, report.Top1, precision: 10);
        Assert.Equal(3 / 5d, report.Top3, precision: 10);
    }

    [Fact]
    public void No_outcomes_scores_zero()
    {
        Assert.Equal(new AccuracyReport(0, 0, 0), RoutingEvaluation.Score([]));
    }
}
