using static Hotline.Bench.Board.Suite.SuiteTable;

namespace Hotline.Bench.Board.Suite;

/// <summary>The suite's figures as rows against the issue's bars, with notes on how each was measured.</summary>
public static class SuiteReport
{
    private const double ClocksPerIssue = 100_000;

    public static string Markdown(SuiteSettings s, (WarmUpResult Azure, WarmUpResult Memory) warm, Throughput ping, (Throughput Compact, Throughput Uncompressed, Throughput OrleansMemory, int JsonBytes) floor, Throughput lifeMemory, AzuriteThroughputResult azure,
        ScreenResult screen, DeadlineResult deadlines, FootprintResult footprint, IReadOnlyList<ReminderResult> clocks, string load, IEnumerable<string> warnings)
    {
        var memoryRatio = lifeMemory.PerSecond / ping.PerSecond;
        var (upserts, lifeAzure) = (azure.Upserts, azure.Lifecycle);
        var azureRatio = lifeAzure.PerSecond / upserts.PerSecond;
        var fewRatio = azure.FewCallersLifecycle.PerSecond / upserts.PerSecond;
        var screenBar = screen.Echo.P99 + 100;
        var sustained = screen.Load.Sustained;
        var rows = new List<SuiteRow>
        {
            new("raw grain ping (trivial grain, same silo, in memory)", $"{F(ping.PerSecond)} calls/s", "—", "—", "baseline", null),
            FloorRow($"floor: one state write per call (a replied heating order's state, {floor.JsonBytes / 1024.0:F1} KB of JSON, to the silo's in-memory storage, nothing else; {floor.Compact.Count} calls)", floor.Compact, ping),
            FloorRow("the same write with compression off (the same storage class, JSON kept as it is)", floor.Uncompressed, ping),
            FloorRow("the same write to Orleans' own MemoryGrainStorage (a storage-grain call per write, JSON uncompressed)", floor.OrleansMemory, ping),
            new($"lifecycle transitions, in-memory storage ({lifeMemory.Count} create/dispatch/accept/reply)", $"{F(lifeMemory.PerSecond)} /s", $"{F(ping.PerSecond)} pings/s",
                F(memoryRatio, "F2"), "≥ 0.5 × ping", lifeMemory.Failed == 0 && memoryRatio >= 0.5),
            new($"raw Azure.Data.Tables upsert (6 KB entity, same Azurite; the better of {AzuriteThroughput.FewCallers} and {s.AzuriteConcurrency} callers: {azure.UpsertCallers})", $"{F(upserts.PerSecond)} /s", "—", "—", "baseline", null),
            new($"lifecycle transitions, Azurite ({lifeAzure.Count}, {s.AzuriteConcurrency} callers)", $"{F(lifeAzure.PerSecond)} /s", $"{F(upserts.PerSecond)} upserts/s",
                F(azureRatio, "F2"), "≥ 0.8 × upserts", lifeAzure.Failed == 0 && azureRatio >= 0.8),
            new($"the same at {AzuriteThroughput.FewCallers} callers ({azure.FewCallersLifecycle.Count}; fewer writes meet in a transaction)", $"{F(azure.FewCallersLifecycle.PerSecond)} /s", $"{F(upserts.PerSecond)} upserts/s",
                F(fewRatio, "F2"), "info", null),
            new("bare SignalR echo round trip (hub `echo`)", $"p50 {F(screen.Echo.P50, "F2")} / p99 {F(screen.Echo.P99, "F2")} ms", "—", "—", "baseline", null),
            new($"ack-to-screen at {s.BoardRate}/s target ({F(screen.Load.AchievedPerSecond)}/s achieved)",
                $"p50 {F(screen.AckToScreen.P50)} / p99 {F(screen.AckToScreen.P99)} ms", $"echo p99 {F(screen.Echo.P99, "F1")} ms",
                $"+{F(screen.AckToScreen.P99 - screen.Echo.P99)} ms", "≤ echo p99 + 100 ms, load sustained",
                sustained && screen.AckToScreen.P99 <= screenBar),
            new($"deadline lateness, {deadlines.Clocks:N0} armed clocks ({deadlines.DueClocks:N0} falling due, {deadlines.Lateness.Count} thresholds sampled)",
                $"p50 {F(deadlines.Lateness.P50)} / p99 {F(deadlines.Lateness.P99)} / max {F(deadlines.Lateness.Max)} ms", "due instant", "—",
                deadlines.Clocks >= ClocksPerIssue ? "p99 ≤ 1 s" : "p99 ≤ 1 s (at fewer clocks than 100,000)",
                deadlines.DueButNotFired == 0 && deadlines.Lateness.P99 <= 1000),
            MemoryRow($"working set per open order, Azurite storage (the second {footprint.Orders - footprint.HalfOrders:N0} of {footprint.Orders:N0} open orders, idle: activation collected, clock armed)", footprint),
            ActiveRow("the same orders just touched, Azurite (activation resident, within its 15-minute age limit)", footprint),
            MemoryRow($"working set per open order, in-memory storage (the second {deadlines.Memory.Orders - deadlines.Memory.HalfOrders:N0} of {deadlines.Memory.Orders:N0} long clocks, idle; the silo holds the storage too)", deadlines.Memory),
            ActiveRow("the same orders just touched, in-memory storage", deadlines.Memory),
        };
        rows.AddRange(clocks.SelectMany(ClockRows));
        var notes = new List<string>
        {
            $"{(s.Quick ? "--quick" : "full")} run, one silo in the bench process, {Environment.ProcessorCount} cores shared with everything else; {load}.",
            $"Ping and lifecycle: {s.MemoryConcurrency} closed-loop callers in memory, {s.AzuriteConcurrency} on Azurite (and {AzuriteThroughput.FewCallers} for comparison); every order created, then dispatched, accepted and replied, all four counted (persist, outbox to 4+ streams through the silo's batching publisher, index row, clocks re-armed). Each silo first ran the same lifecycle, unmeasured, in rounds ({s.WarmUpOrders} orders and {s.WarmUpOrders} raw upserts on Azurite, {s.WarmUpOrders * 10} orders in memory) until the JIT compiled fewer than {WarmUp.QuietMethodsPerSecond} methods/s (Azurite: {warm.Azure}; in memory: {warm.Memory}), so the figures are of warm code, not of tiered compilation.",
            $"Floor: {floor.Compact.Count} calls of the same {s.MemoryConcurrency} callers to {StateWriteFloor.Grains:N0} bench grains, each holding a copy of one replied heating order's state and writing it whole on every call (the outbox mark moved, as a transition moves it), after {StateWriteFloor.WarmUpCalls(floor.Compact.Count)} unmeasured calls; no state machine, stream, index or clock. A transition does this write and more, so its rate cannot pass the floor's: if the floor is under half the ping, so is any persisted lifecycle on this storage.",
            $"Ack-to-screen: the real dashboard process (InMemory client of the same silo), a .NET SignalR client watching \"board\" over WebSockets from a process of its own, as a screen is (rows stamped on arrival there, away from the collections of the bench's heap, which holds the silo); latency from the command's acknowledgement in the bench to the row with that sequence arriving ({screen.Matched} of {screen.Acknowledged} acknowledged sequences seen; coalescing skips middle ones). It includes the dashboard's coalescing: a flush as soon as something changed, at least 25 ms after the previous one. Event-to-screen from the event's own changedAt: p50 {F(screen.EventToScreen.P50)} / p99 {F(screen.EventToScreen.P99)} ms. Load: {screen.Load.Succeeded} ok, {screen.Load.Failed} failed, {screen.Load.BehindAtDeadline} never issued; {screen.Settle.Missing} orders' last rows missing after settling. The silo's process (the bench's) during the paced load: {screen.SiloCollections}.",
            $"Deadlines: {deadlines.Clocks - deadlines.DueClocks:N0} market-supervision orders dispatched first (accept clock of a working day: armed, timer and reminder registered, not due during the run; collected as idle for the memory reading, so from then on armed by their reminders alone), then {deadlines.DueClocks:N0} heating orders with the accept clock shortened to {BenchData.AcceptSpan} (bench data copy only) so their 50/75/90/100 % thresholds fall due 30–60 s after dispatch; default clock path (grain timer + one reminder per order, in-memory reminder service). Armed {deadlines.Clocks:N0} in {F(deadlines.ArmElapsed.TotalSeconds, "F1")} s; early heating thresholds fired while later heating orders were still being created. Lateness = audit instant − due instant over a spread sample of {deadlines.Sampled} heating orders; {deadlines.DueButNotFired} due thresholds had not fired.",
            $"Memory: full compacting GC, then process working set and GC heap before the orders (idle, as below, once the working set has stopped falling), after half of them and after all (created + dispatched, clock armed), the last one twice: just after opening (active) and, like the others, once the orders had sat idle {Footprint.IdleAge.TotalSeconds:F0} s and the activation collector had run for activations idle that long (what its 15-minute pass does to an order nobody touched since; the order's reminder stays armed and brings it back for its next threshold), read once the GC had handed back the free space the opening burst made it keep (an aggressive collection; left to ordinary collections for up to 30 s, the second half's idle working set grew {F(footprint.SettledWorkingSetPerOrder / 1024, "F1")} KB per order on Azurite, {F(deadlines.Memory.SettledWorkingSetPerOrder / 1024, "F1")} KB in memory: that reserve is sized by the last burst, not by the orders held). The judged figure is the second half's growth per order once idle, what one more open order costs for as long as it stays open; the active row is the second half just touched over the first half idle, the cost within the age limit (a centre holds that only for the orders touched in the last 15 minutes). The first half also pays for what the silo grows once under load (stream caches filled to their age limit, pools). On Azurite the silo is configured as deployed: state, order index and reminder table in Azure Tables, so it is what the silo itself holds per open order (the reminder service's local entry, department, task-force and figure rows; while active also the activation, state and clock timer). The in-memory silo also holds its storage: a Brotli-compressed JSON copy of each state, the in-memory reminder table and order index. Over all the orders, idle (fixed growth included): Azurite {Overall(footprint)}; in memory {Overall(deadlines.Memory)}. Memory the GC had committed (live heap and the free space it keeps), per idle order over the second half: Azurite {F(footprint.CommittedPerOrder / 1024, "F1")} KB, in memory {F(deadlines.Memory.CommittedPerOrder / 1024, "F1")} KB; working set beyond that is outside the GC (thread stacks, native buffers, code). Threads at the three idle readings: Azurite {Threads(footprint)}, in memory {Threads(deadlines.Memory)}.",
            $"Durable clocks on Azurite (item 5), {s.ClockConcurrency} callers: bench grains each registering one reminder, what an order does for its backstop (since this session only when its next threshold moves earlier than the armed one). A sharded deadline index (one-minute buckets, rows in batches of ≤ 100) was prototyped and measured in the first issue-6 session (3× cheaper to arm, but it woke entries late at 100,000) and removed. Here every clock falls due within seconds of the others, on an Azurite already holding the earlier phases' orders, reminders and index rows: a harder burst than a day's spread-out deadlines. Azurite CPU from /proc/<pid>/stat ({(s.AzuritePid is null ? "pid unknown" : $"pid {s.AzuritePid}")}); ×100,000/N is a linear extrapolation (the reminder table slows as it grows, so it is optimistic).",

        };
        notes.AddRange(warnings);
        return SuiteTable.Markdown(rows, notes);
    }

    private static SuiteRow FloorRow(string figure, Throughput floor, Throughput ping) =>
        new(figure, $"{F(floor.PerSecond)} calls/s", $"{F(ping.PerSecond)} pings/s", F(floor.PerSecond / ping.PerSecond, "F2"),
            "info: no persisted transition is faster", floor.Failed == 0 ? null : false);

    private static string Overall(FootprintResult m) =>
        $"{F(m.OverallWorkingSetPerOrder / 1024, "F1")} KB working set, {F(m.OverallHeapPerOrder / 1024, "F1")} KB heap per order ({(m.EndIdle.WorkingSet - m.Start.WorkingSet) / 1_048_576.0:F0} MB, {(m.EndIdle.Heap - m.Start.Heap) / 1_048_576.0:F0} MB)";

    private static string Threads(FootprintResult m) => $"{m.Start.Threads}/{m.HalfIdle.Threads}/{m.EndIdle.Threads}";

    private static SuiteRow MemoryRow(string figure, FootprintResult m) =>
        new(figure, $"working set {F(m.WorkingSetPerOrder / 1024, "F1")} KB, GC heap {F(m.HeapPerOrder / 1024, "F1")} KB",
            "process before intake", "—", "≤ 10 KB (the larger)", m.JudgedKilobytes <= 10);

    private static SuiteRow ActiveRow(string figure, FootprintResult m) =>
        new(figure, $"working set {F(m.ActiveWorkingSetPerOrder / 1024, "F1")} KB, GC heap {F(m.ActiveHeapPerOrder / 1024, "F1")} KB",
            "the first half idle", "—", "info", null);

    private static IEnumerable<SuiteRow> ClockRows(ReminderResult r)
    {
        var perSecond = (r.Count - r.Failed) / r.RegisterElapsed.TotalSeconds;
        yield return new($"arm {r.Count:N0} durable clocks on Azurite: {r.Design}",
            $"{F(r.RegisterElapsed.TotalSeconds, "F1")} s = {F(perSecond)} /s, Azurite CPU {F(r.AzuriteCpuSecondsRegister, "F1")} s ({r.Failed} failed)",
            "—", $"×100,000/N ≈ {F(ClocksPerIssue / perSecond / 60, "F1")} min, {F(r.AzuriteCpuSecondsRegister * ClocksPerIssue / r.Count, "F0")} s CPU", "info", null);
        yield return new($"the same clocks falling due ({r.Fired:N0} of {r.Count - r.Failed} fired)",
            $"lateness p50 {F(r.Lateness.P50)} / p99 {F(r.Lateness.P99)} / max {F(r.Lateness.Max)} ms; Azurite CPU {F(r.AzuriteCpuSecondsFiring, "F1")} s in {F(r.FiringWindow.TotalSeconds, "F0")} s",
            "due instant", "—", "p99 ≤ 1 s", r.Fired == r.Count - r.Failed && r.Lateness.P99 <= 1000);
    }
}
