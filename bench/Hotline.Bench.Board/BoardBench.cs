using Hotline.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Bench.Board;

/// <summary>
/// The run, in order: silo, dashboard, login, watch, echo baseline, intake, paced load, settle,
/// report. Whatever happens, the board connection, the dashboard process and the silo are torn
/// down in reverse order.
/// </summary>
public static class BoardBench
{
    private static readonly TimeSpan EchoUnderLoadInterval = TimeSpan.FromMilliseconds(50);

    public static async Task<int> Run(BenchSettings settings, CancellationToken cancellationToken)
    {
        var runTag = Guid.NewGuid().ToString("N")[..8];
        var serviceId = $"board-bench-{runTag}";
        var options = new HotlineOptions
        {
            Storage = StorageMode.AzureTables,
            ConnectionString = settings.ConnectionString,
            ServiceId = serviceId,
            ClusterId = serviceId,
            SiloPort = FreePort.Next(),
            GatewayPort = FreePort.Next(),
        };
        Step($"silo {serviceId} on 127.0.0.1:{options.SiloPort} (gateway {options.GatewayPort}); work dir {settings.WorkDirectory}");
        var host = await SiloHost.Start(options, settings.StreamPullPeriod, cancellationToken);
        try
        {
            await using var dashboard = DashboardProcess.Start(settings, serviceId, serviceId);
            Step($"dashboard at {dashboard.BaseAddress} (log {dashboard.LogPath}); waiting for /health");
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            await dashboard.WaitHealthy(http, TimeSpan.FromSeconds(120), cancellationToken);
            var token = await BoardLogin.Token(http, dashboard.BaseAddress, cancellationToken);
            await using var board = await BoardWatcher.Connect(dashboard.BaseAddress, token, cancellationToken);
            Step($"watching \"board\" as {BoardLogin.UserName} over WebSockets (snapshot: {board.SnapshotRows} rows)");

            var echo = await EchoProbe.Run(board, BenchSettings.EchoWarmUp, BenchSettings.EchoCount, cancellationToken);
            Step($"echo baseline: {echo.Count} round trips, p50 {echo.P50:F2} ms, p99 {echo.P99:F2} ms");

            var grains = host.Services.GetRequiredService<IGrainFactory>();
            var driver = new OrderDriver(grains, runTag);
            var plan = OrderPlan.For(settings.Rate, settings.Seconds);
            Step($"creating {plan.Orders} heating orders up front");
            var intake = await driver.CreateAll(plan.Orders, BenchSettings.IntakeConcurrency, cancellationToken);
            Step($"created in {intake.Elapsed.TotalSeconds:F1} s ({intake.PerSecond:F0}/s, {intake.Failed} errors); paced load {settings.Rate}/s for {settings.Seconds} s");
            // The intake's rows reach the screen before the load starts, so the two phases never overlap.
            var intakeSettle = await BoardSettle.Wait(board.Recorder, driver.Expected, TimeSpan.FromSeconds(15), cancellationToken);
            Step($"board shows {intakeSettle.Orders - intakeSettle.Missing} of {intakeSettle.Orders} new orders after {intakeSettle.Waited.TotalSeconds:F1} s more");

            var loadBefore = MachineLoad.Now();
            using var loadOver = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var echoDuringLoad = EchoProbe.Sample(board, EchoUnderLoadInterval, BenchSettings.WarmUp, loadOver.Token);
            var load = await PacedRunner.Run(settings.Rate, TimeSpan.FromSeconds(settings.Seconds), settings.Concurrency,
                n =>
                {
                    var (order, step) = plan.At(n);
                    return driver.Step(order, step);
                },
                cancellationToken);
            await loadOver.CancelAsync();
            var echoUnderLoad = await echoDuringLoad;
            var loadAfter = MachineLoad.Now();
            Step($"load done: {load.AchievedPerSecond:F1}/s achieved; waiting for the board to show every order's last event");

            var settle = await BoardSettle.Wait(board.Recorder, driver.Expected, TimeSpan.FromSeconds(15), cancellationToken);
            var figures = BoardFigures.From(board.Recorder, intake, load);
            return Report.Print(new BoardRun(settings, board.SnapshotRows, echo, echoUnderLoad, intake, load, figures, settle, board.Recorder.Anomalies(), driver.BoardWorthyEvents,
                $"load average {loadBefore} before the paced load, {loadAfter} after"));
        }
        finally
        {
            await SiloHost.Stop(host);
        }
    }

    private static void Step(string text) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {text}");
}
