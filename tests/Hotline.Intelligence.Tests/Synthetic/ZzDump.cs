using System.Diagnostics;
using Hotline.Synthetic;
using static Hotline.Intelligence.Tests.Synthetic.SyntheticData;

namespace Hotline.Intelligence.Tests.Synthetic;

public sealed class ZzDump
{
    [Fact]
    public void Dump()
    {
        var w = new StringWriter();
        var c = Stopwatch.StartNew();
        var n = new KnowledgeGenerator(City, Tree, Rules, 99).Entries(40000).Count();
        w.WriteLine($"40k entries fresh: {c.Elapsed} ({n})");
        c.Restart();
        var o = new OrderHistoryGenerator(City, Tree, Rules, 99).Orders(20000, From, To).Count();
        w.WriteLine($"20k orders fresh: {c.Elapsed}");
        c.Restart();
        var probes = new KnowledgeGenerator(City, Tree, Rules, Seed).Probes(Entries, 5000);
        w.WriteLine($"5k probes: {c.Elapsed}");
        w.WriteLine($"distinct q {Entries.Select(e => e.Question).Distinct().Count()} answers {Entries.Select(e => e.Answer).Distinct().Count()}");
        w.WriteLine($"answer len min {Entries.Min(e => e.Answer.Length)} max {Entries.Max(e => e.Answer.Length)} avg {Entries.Average(e => e.Answer.Length):F0}");
        w.WriteLine($"with window {Entries.Count(e => e.ValidUntil != null)}");
        foreach (var g in Entries.GroupBy(e => Tree.TopicOf(e.CategoryCode)).OrderByDescending(g => g.Count())) w.Write($"{g.Key}:{g.Count()} ");
        w.WriteLine();
        var byId = Entries.ToDictionary(e => e.Id);
        foreach (var e in Entries.Take(12)) w.WriteLine($"{e.Id} {e.Question}\n   A: {e.Answer}\n   {string.Join(",", e.Departments)} [{string.Join(",", e.Tags)}] {e.ValidFrom:yyyy-MM-dd}..{e.ValidUntil:yyyy-MM-dd}");
        foreach (var p in probes.Take(25)) w.WriteLine($"P: {p.Query}  <=  {byId[p.ExpectedEntryId].Question}");
        var orders = Orders;
        foreach (var x in orders.Where((_, i) => i % 1000 == 0)) w.WriteLine($"{x.Id} {x.ReceivedAt:MM-dd HH:mm} {x.Channel} {x.CallerPhone} {x.CallerType} {x.DistrictCode} {x.Address} {Tree.PathText(x.CategoryCode)} rec={x.RecordedCategoryCode} {x.Urgency} {x.Department}\n   T: {x.Title}\n   C: {x.Content}");
        var ex = orders.Where(x => Rules.Decide(x.CategoryCode, x.DistrictCode)!.Department != x.Department).ToArray();
        w.WriteLine($"exceptions {ex.Length} {ex.Length / 20000.0:P1}");
        foreach (var x in ex.Take(6)) w.WriteLine($"  EX {Tree.PathText(x.CategoryCode)} -> {x.Department}: {x.Content}");
        double S(Func<GeneratedOrder, bool> f) => orders.Count(f) / 20000.0;
        w.WriteLine($"leaf {S(x => x.RecordedCategoryCode == x.CategoryCode):P1} L1 {S(x => x.RecordedCategoryCode.Length == 2):P1} empty {S(x => x.RecordedCategoryCode == ""):P1} wrong {S(x => x.RecordedCategoryCode != "" && !x.CategoryCode.StartsWith(x.RecordedCategoryCode)):P1}");
        w.WriteLine($"phones distinct {orders.Select(x => x.CallerPhone).Distinct().Count()} enterprise {S(x => x.CallerType == "enterprise"):P1} heating {S(x => Tree.TopicOf(x.CategoryCode) == "供热"):P1}");
        File.WriteAllText("/tmp/synth-dump.txt", w.ToString());
    }
}
