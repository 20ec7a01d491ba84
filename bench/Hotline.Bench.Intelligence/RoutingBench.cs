using Hotline.Intelligence.Advice;
using Hotline.Intelligence.Routing;
using Hotline.Synthetic;
using static Hotline.Bench.Intelligence.BenchData;

namespace Hotline.Bench.Intelligence;

/// <summary>
/// Department recommendation on generated orders: trains on the first <c>train</c> orders of a year, scores the next
/// <c>held-out</c> orders (later in time, never seen), and prints rules only, model only, and rules-then-model.
/// </summary>
public static class RoutingBench
{
    public static int Run(int trainCount, int heldOutCount)
    {
        var to = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.FromHours(8));
        var orders = new OrderHistoryGenerator(Reference, Tree, Rules, seed: 2024).Orders(trainCount + heldOutCount, to.AddYears(-1), to).ToList();
        static RoutingSample Sample(GeneratedOrder o) => new(o.Title, o.Content, o.RecordedCategoryCode, o.DistrictCode, o.Department);
        var training = orders.Take(trainCount).Select(Sample).ToArray();
        var heldOut = orders.Skip(trainCount).Select(Sample).ToArray();

        var comparison = RoutingComparison.Run(Rules, training, heldOut, to);
        Console.WriteLine($"trained on {comparison.TrainedOn:N0} orders in {comparison.TrainSeconds:F1} s; held out {heldOut.Length:N0} later orders");
        Console.WriteLine();
        Console.WriteLine("| strategy | top-1 | top-3 | top-1 vs rules only |");
        Console.WriteLine("| --- | --- | --- | --- |");
        Row("rules only (baseline)", comparison.RulesOnly, comparison.RulesOnly);
        Row("model only", comparison.ModelOnly, comparison.RulesOnly);
        Row("rules first, then model", comparison.Combined, comparison.RulesOnly);
        var beaten = comparison.Combined.Top1 > comparison.RulesOnly.Top1 && comparison.Combined.Top3 > comparison.RulesOnly.Top3;
        Console.WriteLine();
        Console.WriteLine(beaten ? "rules first, then model beats rules only on top-1 and top-3." : "rules first, then model does NOT beat rules only.");
        return beaten ? 0 : 1;
    }

    private static void Row(string name, AccuracyReport report, AccuracyReport baseline) =>
        Console.WriteLine($"| {name} | {report.Top1:P1} | {report.Top3:P1} | {report.Top1 / baseline.Top1:F2}× |");
}
