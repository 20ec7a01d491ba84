namespace Hotline.Bench.Board.Suite;

/// <summary>What the watching screen saw during the paced load, timed from each command's acknowledgement.</summary>
public sealed record ScreenResult(Distribution Echo, PacedResult Load, Distribution AckToScreen, Distribution EventToScreen, int Matched, int Acknowledged, SettleResult Settle, string SiloCollections);

/// <summary>
/// A real SignalR client watching "board" on the real dashboard process, in a process of its own
/// (<see cref="WatcherProcess"/>), as a screen is: bare echo round trips
/// first (the baseline), then dispatch → accept → reply at a steady rate. A row's latency is
/// from the acknowledgement of the command that produced its sequence to the row's arrival;
/// coalescing may skip middle sequences, so only rows that match an acknowledged sequence count.
/// </summary>
public static class ScreenLatency
{
    public static async Task<ScreenResult> Run(BenchSettings board, IGrainFactory grains, string serviceId, int gatewayPort, int rate, int seconds, CancellationToken cancellationToken)
    {
        await using var dashboard = DashboardProcess.Start(board, serviceId, serviceId, gatewayPort);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await dashboard.WaitHealthy(http, TimeSpan.FromSeconds(120), cancellationToken);
        var token = await BoardLogin.Token(http, dashboard.BaseAddress, cancellationToken);
        await using var watcher = await WatcherProcess.Start(dashboard.BaseAddress, token, cancellationToken);
        var echo = watcher.Echo;
        SuiteBench.Step($"echo baseline: p50 {echo.P50:F2} ms, p99 {echo.P99:F2} ms");

        var driver = new OrderDriver(grains, "S" + Guid.NewGuid().ToString("N")[..6]);
        var plan = OrderPlan.For(rate, seconds);
        var intake = await driver.CreateAll(plan.Orders, 64, cancellationToken);
        if (intake.Failed > 0) throw new BenchSetupException($"intake failed: {string.Join("; ", intake.FirstErrors)}");
        await BoardSettle.Wait(watcher.Recorder, driver.Expected, TimeSpan.FromSeconds(15), cancellationToken);
        SuiteBench.Step($"{plan.Orders} orders on the board; paced load {rate}/s for {seconds} s");

        var before = await LiveHistograms.Scrape(http, dashboard.BaseAddress, cancellationToken);
        // What the load records lives in arrays made before it: this process is also the silo's, and a dictionary entry
        // and an id string per acknowledgement were live young objects for each of the silo's collections to keep.
        var ids = Enumerable.Range(0, plan.Orders).Select(driver.Id).ToArray();
        var ackTicks = new long[plan.Transitions];
        var ackSequences = new long[plan.Transitions];
        var latestSequences = new long[plan.Orders];
        using var reasons = new GcReasons();
        // BENCH_STALLS=all (or a list of dashboard, watcher, pool), an experiment: the screen's path leaves the silo's
        // process, so the tail is also set beside the dashboard's and the watcher's GC pauses (EventPipe) and this
        // process's thread-pool waits. Off by default: in interleaved board phases the figure ran higher with it on.
        var stalls = Environment.GetEnvironmentVariable("BENCH_STALLS") ?? "";
        bool Watch(string what) => stalls == "all" || stalls.Contains(what, StringComparison.Ordinal);
        await using var dashboardPauses = Watch("dashboard") ? ProcessPauses.Start("dashboard", dashboard.ProcessId) : null;
        await using var watcherPauses = Watch("watcher") ? ProcessPauses.Start("watcher", watcher.ProcessId) : null;
        using var poolLag = Watch("pool") ? new PoolLag() : null;
        var pausesBefore = GcPauses.Now();
        var load = await PacedRunner.Run(rate, TimeSpan.FromSeconds(seconds), 256, async n =>
        {
            var (order, step) = plan.At(n);
            var (_, sequence) = await Lifecycle.Step(grains, ids[order], step);
            ackTicks[n] = DateTimeOffset.UtcNow.UtcTicks;
            ackSequences[n] = sequence;
            InterlockedMax(ref latestSequences[order], sequence);
        }, cancellationToken);
        var pauses = GcPauses.Now().Since(pausesBefore);
        var started = reasons.Drain();
        SuiteBench.Step($"silo process during the paced load: {pauses}; collections started by: {started}");
        var acks = new Dictionary<(string, long), DateTimeOffset>();
        for (var n = 0; n < plan.Transitions; n++)
            if (ackTicks[n] != 0) acks[(ids[plan.At(n).Order], ackSequences[n])] = new DateTimeOffset(ackTicks[n], TimeSpan.Zero);
        var expected = new Dictionary<string, long>();
        for (var order = 0; order < plan.Orders; order++)
            if (latestSequences[order] != 0) expected[ids[order]] = latestSequences[order];
        var settle = await BoardSettle.Wait(watcher.Recorder, expected, TimeSpan.FromSeconds(15), cancellationToken);
        var after = await LiveHistograms.Scrape(http, dashboard.BaseAddress, cancellationToken);
        foreach (var line in LiveHistograms.Describe(before, after)) SuiteBench.Step(line);

        var from = load.Start + BenchSettings.WarmUp;
        var rows = watcher.Recorder.Rows().Where(r => r.EventAt >= from).ToArray();
        var timed = rows.Where(r => acks.ContainsKey((r.OrderId, r.Sequence)))
            .Select(r => (AckAt: acks[(r.OrderId, r.Sequence)], Ms: (r.ReceivedAt - acks[(r.OrderId, r.Sequence)]).TotalMilliseconds)).ToArray();
        var ackToScreen = timed.Select(t => t.Ms).ToArray();
        var inLoad = reasons.Pauses().Where(p => p.At >= load.Start).ToArray();
        var backgroundInLoad = reasons.BackgroundCollections().Where(g => g.At.AddMilliseconds(g.Milliseconds) >= load.Start).ToArray();
        GcPause[] elsewhere = [.. dashboardPauses?.Pauses() ?? [], .. watcherPauses?.Pauses() ?? [], .. poolLag?.Waits() ?? []];
        SuiteBench.Step($"tail: {TailBursts.Describe(timed, echo.P99 + 100, load.Start, inLoad, backgroundInLoad, elsewhere)}");
        return new ScreenResult(echo, load, Distribution.Of(ackToScreen), Distribution.Of(rows.Select(r => r.LatencyMs)),
            ackToScreen.Length, acks.Count, settle, $"{pauses}; collections started by: {started}");
    }

    private static void InterlockedMax(ref long target, long value)
    {
        for (var known = Volatile.Read(ref target); value > known; known = Volatile.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, known) == known) return;
    }
}

/// <summary>
/// The dashboard's own split of a change's time (the hotline.live.* histograms on its /metrics), as the
/// difference between two scrapes, so only the paced load (and its settling) counts. Quantiles are the
/// upper bound of the bucket they fall in.
/// </summary>
internal static class LiveHistograms
{
    private const string Prefix = "hotline_live_";

    /// <summary>The dashboard's own collections (the runtime meter): a tail burst with no pause in the silo's process may be one of these.</summary>
    private const string GcPrefix = "dotnet_gc_";
    private const string GenerationLabel = "gc_heap_generation=\"";

    public static async Task<Dictionary<string, double>> Scrape(HttpClient http, Uri dashboard, CancellationToken cancellationToken)
    {
        var text = await http.GetStringAsync(new Uri(dashboard, "/metrics"), cancellationToken);
        var values = new Dictionary<string, double>();
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith(Prefix, StringComparison.Ordinal) && !line.StartsWith(GcPrefix, StringComparison.Ordinal)) continue;
            var close = line.LastIndexOf('}');
            var open = line.IndexOf('{', StringComparison.Ordinal);
            var name = open < 0 ? line[..line.IndexOf(' ', StringComparison.Ordinal)] : line[..open];
            var le = line.IndexOf("le=\"", StringComparison.Ordinal) is var at and >= 0 ? line[(at + 4)..line.IndexOf('"', at + 4)]
                : line.IndexOf(GenerationLabel, StringComparison.Ordinal) is var g and >= 0 ? line[(g + GenerationLabel.Length)..line.IndexOf('"', g + GenerationLabel.Length)] : "";
            var rest = (close < 0 ? line[name.Length..] : line[(close + 1)..]).Trim().Split(' ')[0];
            if (double.TryParse(rest, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
                values[le.Length > 0 ? $"{name}|{le}" : name] = value;
        }
        return values;
    }

    public static IEnumerable<string> Describe(Dictionary<string, double> before, Dictionary<string, double> after)
    {
        var delta = after.ToDictionary(kv => kv.Key, kv => kv.Value - before.GetValueOrDefault(kv.Key));
        var collections = delta.Where(kv => kv.Key.StartsWith("dotnet_gc_collections_total|", StringComparison.Ordinal)).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToArray();
        if (collections.Length > 0 && delta.TryGetValue("dotnet_gc_pause_time_seconds_total", out var paused))
        {
            var total = collections.Sum(kv => kv.Value);
            yield return System.FormattableString.Invariant(
                $"dashboard process: {total:F0} collections ({string.Join(", ", collections.Select(kv => $"{kv.Key[(kv.Key.IndexOf('|') + 1)..]} {kv.Value:F0}"))}), paused {paused * 1000:F0} ms in total, {paused * 1000 / Math.Max(1, total):F1} ms each on average");
        }
        foreach (var countKey in delta.Keys.Where(k => k.EndsWith("_count", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var histogram = countKey[..^"_count".Length];
            var count = delta[countKey];
            if (count <= 0) continue;
            var sum = delta.GetValueOrDefault(histogram + "_sum");
            var buckets = delta.Where(kv => kv.Key.StartsWith(histogram + "_bucket|", StringComparison.Ordinal))
                .Select(kv => (Le: kv.Key[(kv.Key.IndexOf('|', StringComparison.Ordinal) + 1)..], Cumulative: kv.Value))
                .Select(b => (Bound: b.Le == "+Inf" ? double.PositiveInfinity : double.Parse(b.Le, System.Globalization.CultureInfo.InvariantCulture), b.Cumulative))
                .OrderBy(b => b.Bound).ToArray();
            string At(double q) => buckets.Where(b => b.Cumulative >= q * count).Select(b => $"≤{b.Bound:0.#}").FirstOrDefault() ?? "n/a";
            yield return $"dashboard {histogram[Prefix.Length..]}: n {count:F0}, mean {sum / count:F1}, p50 {At(0.5)}, p99 {At(0.99)}, max {At(1)} (ms, rows: count)";
        }
    }
}
