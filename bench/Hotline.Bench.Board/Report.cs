using System.Globalization;

namespace Hotline.Bench.Board;

/// <summary>Everything one run measured, ready to print.</summary>
public sealed record BoardRun(
    BenchSettings Settings,
    int SnapshotRows,
    Distribution EchoIdle,
    Distribution EchoUnderLoad,
    PhaseResult Intake,
    PacedResult Load,
    BoardFigures Figures,
    SettleResult Settle,
    RowAnomalies Anomalies,
    int BoardWorthyEvents,
    string Machine);

/// <summary>Prints the table and decides the exit code: 0 when the load was sustained and rows arrived.</summary>
public static class Report
{
    public static int Print(BoardRun run)
    {
        var s = run.Settings;
        var f = run.Figures;
        var load = run.Load;
        var flushMs = s.FlushInterval.TotalMilliseconds;
        Console.WriteLine();
        Console.WriteLine($"Hotline board latency: {s.Rate} transitions/s for {s.Seconds} s (concurrency {s.Concurrency}), one in-process silo on {s.StorageNote}, real dashboard, flush gap {flushMs:F0} ms, screen \"board\"");
        Console.WriteLine($"machine: {run.Machine}; stream pulling period: {(s.StreamPullPeriod is { } pull ? $"{pull.TotalMilliseconds:F0} ms (BOARD_PULL_MS experiment)" : "silo default (Hotline:StreamPollingPeriod, 20 ms)")}");
        Console.WriteLine($"{"measure",-42} {"count",7} {"p50 ms",9} {"p95 ms",9} {"p99 ms",9} {"max ms",9}");
        Row("SignalR echo, idle (baseline)", run.EchoIdle);
        Row("SignalR echo, during the load (20/s)", run.EchoUnderLoad);
        Row("event-to-screen, paced load", f.EventToScreen);
        foreach (var (status, d) in f.ByStatus) Row($"  of which rows in status {status}", d);
        Row("event-to-screen, intake burst (creates)", f.IntakeEventToScreen);
        Row("transition call (IGrainFactory)", Distribution.Of(load.CallLatenciesMs));
        Console.WriteLine();

        var ratio = f.EventToScreen.P99 / run.EchoIdle.P99;
        Console.WriteLine($"event-to-screen p99 / echo p99:   {ratio:F1}x  (+{f.EventToScreen.P99 - run.EchoIdle.P99:F1} ms); p50: {f.EventToScreen.P50 / run.EchoIdle.P50:F1}x (+{f.EventToScreen.P50 - run.EchoIdle.P50:F1} ms)");
        Console.WriteLine($"   vs echo during the load p99:   {f.EventToScreen.P99 / run.EchoUnderLoad.P99:F1}x  (+{f.EventToScreen.P99 - run.EchoUnderLoad.P99:F1} ms)");
        Console.WriteLine($"transitions/s: target {s.Rate}, achieved {load.AchievedPerSecond:F1} ({load.Succeeded} ok, {load.Failed} errors, {load.BehindAtDeadline} of {load.Planned} not issued by the deadline, window {load.Window.TotalSeconds:F1} s) -> {(load.Sustained ? "sustained" : "NOT sustained")}");
        foreach (var error in load.FirstErrors) Console.WriteLine($"   error: {error}");
        Console.WriteLine($"intake up front: {run.Intake.Count} creates in {run.Intake.Elapsed.TotalSeconds:F1} s ({run.Intake.PerSecond:F0}/s at concurrency {BenchSettings.IntakeConcurrency}), {run.Intake.Failed} errors; creates are events too (row p50/p99 above)");
        foreach (var error in run.Intake.FirstErrors) Console.WriteLine($"   error: {error}");
        Console.WriteLine($"measured window: events stamped {BenchSettings.WarmUp.TotalSeconds:F0} s after the load began until its last completion ({f.MeasuredWindow.TotalSeconds:F1} s)");
        foreach (var k in f.Frames)
            Console.WriteLine($"frames {k.Kind,-14} {k.PerSecond,6:F2}/s  rows/frame avg {k.RowsAverage,6:F1} max {k.RowsMax,4}  bytes/frame avg {k.BytesAverage,8:F0} max {k.BytesMax,8}");
        Console.WriteLine($"resync requests over the whole run: {f.Resyncs}; alerts over the whole run: {f.Alerts} received for {run.BoardWorthyEvents} creates + dispatches, at most {f.MostAlertsInOneBurst} in one flush");
        Console.WriteLine($"rows: snapshot {run.SnapshotRows}, without changedAt {run.Anomalies.WithoutChangedAt}, older than one already shown {run.Anomalies.OutOfOrder}, repeated {run.Anomalies.Repeated}");
        Console.WriteLine($"last event of each order on the board: {run.Settle.Orders - run.Settle.Missing} of {run.Settle.Orders} (waited {run.Settle.Waited.TotalSeconds:F1} s after the load)");
        foreach (var example in run.Settle.Examples) Console.WriteLine($"   missing: {example}");
        Console.WriteLine($"Note: event-to-screen includes the deliberate flush interval (coalescing): a change waits for the next {flushMs:F0} ms flush, "
            + $"so it is bounded below by roughly half of it (~{flushMs / 2:F0} ms) on average. changedAt is stamped when the grain decides, "
            + "before its state write, so the Azurite write and the stream hop are inside the figure too.");
        PrintTimeline(f);
        PrintWorst(f, load);

        var verdict = Verdict(run);
        Console.WriteLine();
        Console.WriteLine(verdict ?? "RESULT: ok");
        return verdict is null ? 0 : 1;
    }

    private static string? Verdict(BoardRun run)
    {
        if (run.Figures.EventToScreen.Count == 0) return "RESULT: FAILED — no row with changedAt reached the board during the measured window";
        if (!run.Load.Sustained)
            return $"RESULT: FAILED — the load was not sustained: {run.Load.AchievedPerSecond:F1}/s of {run.Settings.Rate}/s target (bar {BenchSettings.SustainedShare:P0}), {run.Load.Failed} errors";
        return null;
    }

    private static void PrintTimeline(BoardFigures f)
    {
        Console.WriteLine();
        Console.WriteLine("per second of the load (by receive time): transitions completed, ordersChanged frames, rows, row latency p50/p99/max ms");
        foreach (var t in f.Timeline)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {t.Second,3}s  done {t.Completed,4}  frames {t.Frames,3}  rows {t.Rows,5}  p50 {t.Latency.P50,7:F0}  p99 {t.Latency.P99,7:F0}  max {t.Latency.Max,7:F0}"));
    }

    private static void PrintWorst(BoardFigures f, PacedResult load)
    {
        Console.WriteLine("slowest rows in the measured window:");
        foreach (var r in f.Worst)
            Console.WriteLine($"  {r.OrderId} #{r.Sequence} {r.Status,-12} event at +{(r.EventAt - load.Start).TotalSeconds:F2}s  on screen after {r.LatencyMs:F0} ms");
    }

    private static void Row(string name, Distribution d) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-42} {d.Count,7} {d.P50,9:F2} {d.P95,9:F2} {d.P99,9:F2} {d.Max,9:F2}"));
}
