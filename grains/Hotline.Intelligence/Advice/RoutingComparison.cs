using Hotline.Domain.Categories;
using Hotline.Intelligence.Routing;

namespace Hotline.Intelligence.Advice;

/// <summary>Top-1 / top-3 accuracy of rules only, the model only, and rules first then the model, on the same held-out orders.</summary>
public sealed record RoutingComparison(AccuracyReport RulesOnly, AccuracyReport ModelOnly, AccuracyReport Combined, int TrainedOn, double TrainSeconds)
{
    /// <summary>Trains on <paramref name="training"/> and scores every strategy on <paramref name="heldOut"/>.</summary>
    public static RoutingComparison Run(ResponsibilityList rules, IReadOnlyCollection<RoutingSample> training,
        IReadOnlyCollection<RoutingSample> heldOut, DateTimeOffset trainedAt, int seed = 1)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var model = TextClassifier.Train(training, trainedAt, seed);
        var seconds = started.Elapsed.TotalSeconds;
        return Score(rules, model, heldOut) with { TrainedOn = training.Count, TrainSeconds = seconds };
    }

    public static RoutingComparison Score(ResponsibilityList rules, TextClassifier model, IReadOnlyCollection<RoutingSample> heldOut)
    {
        var advisor = new RoutingAdvisor(rules, model);
        var rulesOnly = new List<(string, IReadOnlyList<string>)>(heldOut.Count);
        var modelOnly = new List<(string, IReadOnlyList<string>)>(heldOut.Count);
        var combined = new List<(string, IReadOnlyList<string>)>(heldOut.Count);
        foreach (var s in heldOut)
        {
            var input = new RoutingInput(s.Title, s.Content, s.CategoryCode, s.DistrictCode);
            rulesOnly.Add((s.Label, advisor.RulesOnly(input).Select(d => d.Department).ToArray()));
            modelOnly.Add((s.Label, model.Predict(input, RoutingAdvisor.Top).Select(p => p.Label).ToArray()));
            combined.Add((s.Label, advisor.Advise(input).Select(d => d.Department).ToArray()));
        }
        return new RoutingComparison(RoutingEvaluation.Score(rulesOnly), RoutingEvaluation.Score(modelOnly),
            RoutingEvaluation.Score(combined), model.TrainedOn, 0);
    }
}
