using System.Diagnostics;
using Hotline.Intelligence.Knowledge;
using Hotline.Synthetic;
using static Hotline.Bench.Intelligence.BenchData;

namespace Hotline.Bench.Intelligence;

/// <summary>
/// Builds the search index over generated entries, then asks reworded questions (a seat's typing) whose one right
/// entry is known: top-1 / top-5 relevance and MRR, and latency p50/p95/p99 against a baseline in the same run
/// (a plain substring scan over every question, what a system without an index does).
/// </summary>
public static class KnowledgeBench
{
    public static int Run(int count, int probeCount)
    {
        var now = DateTimeOffset.UtcNow;
        var started = Stopwatch.StartNew();
        var generator = new KnowledgeGenerator(Reference, Tree, Rules, seed: 12345);
        var entries = generator.Entries(count).ToList();
        var probes = generator.Probes(entries, probeCount);
        Console.WriteLine($"generated {entries.Count:N0} entries and {probes.Count} probes in {started.Elapsed.TotalSeconds:F1} s");

        GC.Collect();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        started.Restart();
        using var index = new KnowledgeSearchIndex();
        // Every entry is searchable here; validity windows are the index's own concern and tested elsewhere.
        index.UpsertMany(entries.Select(e => new KnowledgeDocument(e.Id, e.Question, e.Answer, e.CategoryCode,
            Tree.Find(e.CategoryCode) is null ? "" : Tree.PathText(e.CategoryCode), e.Departments, e.Tags, null, null, 0, 1)));
        var indexSeconds = started.Elapsed.TotalSeconds;
        GC.Collect();
        var indexBytes = GC.GetTotalMemory(forceFullCollection: true) - memoryBefore;
        Console.WriteLine($"indexed {index.Count:N0} entries in {indexSeconds:F1} s; index ~{indexBytes / 1024.0 / 1024.0:F0} MB managed");

        // Warm up the searcher and the JIT on a few probes not counted.
        foreach (var probe in probes.Take(20)) index.Search(probe.Query, now);

        var latencies = new List<double>(probes.Count);
        int top1 = 0, top5 = 0;
        double reciprocal = 0;
        foreach (var probe in probes)
        {
            var t = Stopwatch.GetTimestamp();
            var hits = index.Search(probe.Query, now, top: 5);
            latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            var rank = hits.Select((h, i) => (h.Id, i)).FirstOrDefault(h => h.Id == probe.ExpectedEntryId, (Id: "", i: -1)).i;
            if (rank == 0) top1++;
            if (rank >= 0) { top5++; reciprocal += 1.0 / (rank + 1); }
        }
        var scan = new List<double>(probes.Count);
        foreach (var probe in probes)
        {
            var needle = probe.Query.Length >= 2 ? probe.Query[..2] : probe.Query;
            var t = Stopwatch.GetTimestamp();
            _ = entries.Count(e => e.Question.Contains(needle, StringComparison.Ordinal) || e.Answer.Contains(needle, StringComparison.Ordinal));
            scan.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        latencies.Sort();
        scan.Sort();

        Console.WriteLine();
        Console.WriteLine($"| {entries.Count:N0} entries, {probes.Count} probes | value | baseline: substring scan | ratio |");
        Console.WriteLine("| --- | --- | --- | --- |");
        Console.WriteLine($"| top-1 relevance | {(double)top1 / probes.Count:P1} | | |");
        Console.WriteLine($"| top-5 relevance | {(double)top5 / probes.Count:P1} | | |");
        Console.WriteLine($"| MRR@5 | {reciprocal / probes.Count:F3} | | |");
        foreach (var (name, p) in new[] { ("p50", 0.50), ("p95", 0.95), ("p99", 0.99) })
        {
            var value = Percentile(latencies, p);
            var baseline = Percentile(scan, p);
            Console.WriteLine($"| search {name} | {value:F2} ms | {baseline:F2} ms | {value / baseline:F2}× |");
        }
        Console.WriteLine();
        Console.WriteLine("Examples (probe → expected / found first):");
        foreach (var probe in probes.Take(5))
        {
            var first = index.Search(probe.Query, now, 1).FirstOrDefault();
            var expected = entries.First(e => e.Id == probe.ExpectedEntryId);
            Console.WriteLine($"  「{probe.Query}」 → {expected.Question} / {(first?.Id == expected.Id ? "✓" : first?.Question ?? "(none)")}");
        }
        return top5 > 0 ? 0 : 1;
    }
}
