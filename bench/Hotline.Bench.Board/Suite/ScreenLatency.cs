using System.Collections.Concurrent;

namespace Hotline.Bench.Board.Suite;

/// <summary>What the watching screen saw during the paced load, timed from each command's acknowledgement.</summary>
public sealed record ScreenResult(Distribution Echo, PacedResult Load, Distribution AckToScreen, Distribution EventToScreen, int Matched, int Acknowledged, SettleResult Settle);

/// <summary>
/// A real SignalR client watching "board" on the real dashboard process: bare echo round trips
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
        await using var watcher = await BoardWatcher.Connect(dashboard.BaseAddress, token, cancellationToken);
        var echo = await EchoProbe.Run(watcher, BenchSettings.EchoWarmUp, BenchSettings.EchoCount, cancellationToken);
        SuiteBench.Step($"echo baseline: p50 {echo.P50:F2} ms, p99 {echo.P99:F2} ms");

        var driver = new OrderDriver(grains, "S" + Guid.NewGuid().ToString("N")[..6]);
        var plan = OrderPlan.For(rate, seconds);
        var intake = await driver.CreateAll(plan.Orders, 64, cancellationToken);
        if (intake.Failed > 0) throw new BenchSetupException($"intake failed: {string.Join("; ", intake.FirstErrors)}");
        await BoardSettle.Wait(watcher.Recorder, driver.Expected, TimeSpan.FromSeconds(15), cancellationToken);
        SuiteBench.Step($"{plan.Orders} orders on the board; paced load {rate}/s for {seconds} s");

        var acks = new ConcurrentDictionary<(string, long), DateTimeOffset>();
        var expected = new ConcurrentDictionary<string, long>();
        var load = await PacedRunner.Run(rate, TimeSpan.FromSeconds(seconds), 256, async n =>
        {
            var (order, step) = plan.At(n);
            var (id, sequence) = await Lifecycle.Step(grains, driver.Id(order), step);
            acks[(id, sequence)] = DateTimeOffset.UtcNow;
            expected.AddOrUpdate(id, sequence, (_, known) => Math.Max(known, sequence));
        }, cancellationToken);
        var settle = await BoardSettle.Wait(watcher.Recorder, expected, TimeSpan.FromSeconds(15), cancellationToken);

        var from = load.Start + BenchSettings.WarmUp;
        var rows = watcher.Recorder.Rows().Where(r => r.EventAt >= from).ToArray();
        var ackToScreen = rows.Where(r => acks.ContainsKey((r.OrderId, r.Sequence)))
            .Select(r => (r.ReceivedAt - acks[(r.OrderId, r.Sequence)]).TotalMilliseconds).ToArray();
        return new ScreenResult(echo, load, Distribution.Of(ackToScreen), Distribution.Of(rows.Select(r => r.LatencyMs)),
            ackToScreen.Length, acks.Count, settle);
    }
}
