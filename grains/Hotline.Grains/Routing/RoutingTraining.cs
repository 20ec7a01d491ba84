using Hotline.Contracts;
using Hotline.Contracts.Routing;
using Hotline.Domain.Categories;
using Hotline.Intelligence.Advice;
using Hotline.Intelligence.Routing;

namespace Hotline.Grains.Routing;

/// <summary>
/// One training run, off the grain's thread: every tenth order (by a stable hash of its id) is held out to measure
/// the new model against the rules alone, the rest trains it. The category model learns the topic (level 2) from text.
/// </summary>
public static class RoutingTraining
{
    public sealed record Outcome(TextClassifier Departments, TextClassifier? Categories, RoutingComparison Comparison, AccuracyFigures? Category, double Seconds, int Samples);

    public static Outcome Run(IReadOnlyList<(string OrderId, RoutingSample Sample)> samples, ResponsibilityList rules, DateTimeOffset now)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var heldOut = samples.Where(s => IsHeldOut(s.OrderId)).Select(s => s.Sample).ToArray();
        var training = samples.Where(s => !IsHeldOut(s.OrderId)).Select(s => s.Sample).ToArray();
        var departments = TextClassifier.Train(training, now);
        var comparison = RoutingComparison.Score(rules, departments, heldOut);

        // The seat has not chosen a category yet when it asks: learn the topic from text and district alone.
        static RoutingSample AsTopic(RoutingSample s) => s with { CategoryCode = "", Label = s.CategoryCode[..4] };
        var topicTraining = training.Where(s => s.CategoryCode.Length >= 4).Select(AsTopic).ToArray();
        TextClassifier? categories = null;
        AccuracyFigures? categoryFigures = null;
        if (topicTraining.Select(s => s.Label).Distinct().Count() >= 2)
        {
            categories = TextClassifier.Train(topicTraining, now);
            var topicHeldOut = heldOut.Where(s => s.CategoryCode.Length >= 4).Select(AsTopic).ToArray();
            var report = RoutingEvaluation.Score(topicHeldOut.Select(s => (s.Label,
                (IReadOnlyList<string>)categories.Predict(new RoutingInput(s.Title, s.Content, "", s.DistrictCode), 3).Select(p => p.Label).ToArray())));
            categoryFigures = Figures(report);
        }
        return new Outcome(departments, categories, comparison, categoryFigures, started.Elapsed.TotalSeconds, samples.Count);
    }

    public static AccuracyFigures Figures(AccuracyReport report) => new(report.Count, report.Top1, report.Top3);

    private static bool IsHeldOut(string orderId) => Fnv1a.Of(orderId) % 10 == 0;
}
