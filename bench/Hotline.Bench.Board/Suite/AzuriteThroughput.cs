using System.Globalization;
using Azure.Data.Tables;

namespace Hotline.Bench.Board.Suite;

/// <summary>What the Azurite throughput phase measured: the baseline, the lifecycle at the suite's callers and at few.</summary>
public sealed record AzuriteThroughputResult(
    Throughput Upserts, int UpsertCallers, Throughput Lifecycle, Throughput FewCallersLifecycle, IReadOnlyList<string> Notes);

/// <summary>
/// Raw upserts against the order lifecycle on one Azurite. The two alternate in rounds: Azurite's cost per
/// request drifts while it runs (it saves its whole database to disk now and then, and a save landing in one
/// short phase and not the other once made a quick run's ratio 1.10), so both see the same Azurite in the same
/// proportions. The baseline is the better of raw upserts at <see cref="FewCallers"/> and at the suite's
/// callers, so more callers cannot flatter the ratio by slowing the baseline down. The lifecycle runs at the
/// suite's callers (as in memory: a centre at peak has hundreds of seats and departments in flight, and the
/// group commit only saves requests when writes meet) and, for comparison, at <see cref="FewCallers"/>.
/// </summary>
public static class AzuriteThroughput
{
    public const int FewCallers = 16;

    /// <summary>Rounds in which raw upserts and the Azurite lifecycle alternate.</summary>
    private const int Rounds = 4;

    public static async Task<AzuriteThroughputResult> Run(SuiteSettings s, IGrainFactory grains, TableClient table, string payload, string tag, string connectionString)
    {
        var upsertCallers = new[] { FewCallers, s.AzuriteConcurrency }.Distinct().ToArray();
        var upsertCpu = upsertCallers.ToDictionary(c => c, _ => new PhaseCpu(s.AzuritePid));
        var upsertRounds = upsertCallers.ToDictionary(c => c, _ => new List<Throughput>());
        var lifecycleCpu = new PhaseCpu(s.AzuritePid);
        var fewCpu = new PhaseCpu(s.AzuritePid);
        var lifecycleRounds = new List<Throughput>();
        var fewRounds = new List<Throughput>();
        var notes = new List<string>();
        using var requests = AzuriteRequests.Count(connectionString);
        for (var round = 0; round < Rounds; round++)
        {
            requests.Pause();
            foreach (var callers in upsertCallers)
            {
                var first = round * s.Upserts / Rounds;
                var rows = (round + 1) * s.Upserts / Rounds - first;
                upsertRounds[callers].Add(await upsertCpu[callers].Measure(() => Throughput.Run(rows, callers,
                    i => table.UpsertEntityAsync(new TableEntity(tag, $"row{callers}-{first + i}") { ["Data"] = payload }))));
            }
            var orders = (round + 1) * s.AzuriteOrders / Rounds - round * s.AzuriteOrders / Rounds;
            fewRounds.Add(await fewCpu.Measure(() =>
                Lifecycle.Transitions(grains, new OrderDriver(grains, $"F{round}" + tag[..6]), orders, FewCallers)));
            requests.Resume();
            lifecycleRounds.Add(await lifecycleCpu.Measure(() =>
                Lifecycle.Transitions(grains, new OrderDriver(grains, $"A{round}" + tag[..6]), orders, s.AzuriteConcurrency)));
        }
        var upserts = upsertCallers.ToDictionary(c => c, c => Throughput.Sum(upsertRounds[c]));
        var best = upsertCallers.MaxBy(c => upserts[c].PerSecond);
        var lifecycle = Throughput.Sum(lifecycleRounds);
        var few = Throughput.Sum(fewRounds);
        var perTransition = requests.PerTransition(lifecycle.Count);
        foreach (var callers in upsertCallers)
            SuiteBench.Step($"raw upserts, {callers} callers: {upserts[callers].PerSecond:F0}/s ({PerRound(upsertRounds[callers])} in the {Rounds} rounds); {upsertCpu[callers].Per(upserts[callers].Count, "upsert")}");
        SuiteBench.Step($"lifecycle on Azurite, {s.AzuriteConcurrency} callers: {lifecycle.PerSecond:F0} transitions/s ({PerRound(lifecycleRounds)} in the rounds; {lifecycle.Failed} failed), {perTransition}; {lifecycleCpu.Per(lifecycle.Count, "transition")}");
        SuiteBench.Step($"lifecycle on Azurite, {FewCallers} callers: {few.PerSecond:F0} transitions/s ({PerRound(fewRounds)}; {few.Failed} failed); {fewCpu.Per(few.Count, "transition")}");
        notes.Add($"Azurite lifecycle at {s.AzuriteConcurrency} callers, counted by the silo's HTTP client: {perTransition}; the raw-upsert baseline is one PATCH each.");
        notes.Add($"Raw upserts (at {string.Join(" and ", upsertCallers)} callers) and the Azurite lifecycle (at {s.AzuriteConcurrency}, then {FewCallers} callers) ran alternately in {Rounds} rounds each; each figure is its rounds' total count over their total time. Upserts/s per round: {string.Join("; ", upsertCallers.Select(c => $"{c} callers {PerRound(upsertRounds[c])} ({upserts[c].PerSecond:F0} in all)"))}; the baseline is the better, {best} callers. Transitions/s per round: {s.AzuriteConcurrency} callers {PerRound(lifecycleRounds)}; {FewCallers} callers {PerRound(fewRounds)}.");
        notes.Add($"Where the Azurite rates are bound: raw upserts at {best} callers {upsertCpu[best].Per(upserts[best].Count, "upsert")}; lifecycle at {s.AzuriteConcurrency} callers {lifecycleCpu.Per(lifecycle.Count, "transition")}; at {FewCallers} callers {fewCpu.Per(few.Count, "transition")}.");
        return new AzuriteThroughputResult(upserts[best], best, lifecycle, few, notes);
    }

    private static string PerRound(IEnumerable<Throughput> rounds) =>
        string.Join(", ", rounds.Select(r => r.PerSecond.ToString("F0", CultureInfo.InvariantCulture)));
}
