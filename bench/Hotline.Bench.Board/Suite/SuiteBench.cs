using Azure.Data.Tables;
using Hotline.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Bench.Board.Suite;

/// <summary>
/// The whole suite in one process, in order: a silo on Azurite (raw upsert baseline, lifecycle, memory
/// per open order, the reminder table's cost), then an in-memory silo (ping baseline, lifecycle, echo
/// and event-to-screen through the real dashboard, deadline lateness and memory). Baselines run in the same
/// process, on the same silo or the same Azurite, minutes apart from the figure they divide.
/// </summary>
public static class SuiteBench
{
    public static async Task<int> Run(string[] args, CancellationToken cancellationToken)
    {
        var s = SuiteSettings.Parse(args);
        var board = BenchSettings.Parse([]);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var data = BenchData.Prepare(board.WorkDirectory);
        var loadBefore = MachineLoad.Now();
        Step($"suite {(s.Quick ? "--quick" : "full")}: {s}");

        using var warnings = new WarningCounter();
        var notes = new List<string>();
        // Azurite first: its memory reading must not see the working set shrink as a stopped silo's heap is returned.
        var (warmAzure, azureRates, footprint, reminders) = await AzuritePhase(s, board, tag, data, warnings, notes, cancellationToken);
        // The in-memory silo is measured as if it had the process to itself, as a deployed silo has. The stopped
        // Azurite silo lets go of its objects only over the next seconds (its reminder service's loops and its
        // connections wind down on the thread pool): collected at once, 200 MB of it (100,000 reminder entries, their
        // loops, activations, metric points) stayed live in gen2 through every in-memory figure of a full run. So the
        // suite collects until the live heap stops falling, and each phase is a method of its own so that none of its
        // locals (the silo's grain factory, say) is still held here.
        var cleared = await MemoryReading.Cleared();
        Step($"Azurite silo stopped; live heap after full compacting collections {cleared.Heap / 1048576.0:F0} MB, working set {cleared.WorkingSet / 1048576.0:F0} MB");
        await MemoryReading.HoldForHeapDump("Azurite silo stopped");
        var (warmMemory, ping, floor, lifeMemory, screen, deadlines) = await MemoryPhase(s, board, tag, data, warnings, notes, cancellationToken);

        var markdown = SuiteReport.Markdown(s, (warmAzure, warmMemory), ping, floor, lifeMemory, azureRates, screen, deadlines, footprint, [reminders],
            $"load average {loadBefore} at the start, {MachineLoad.Now()} at the end", notes);
        Console.WriteLine();
        Console.WriteLine(markdown);
        Step($"written to {SuiteTable.Write(s.ResultsDirectory, markdown)}");
        return 0;
    }

    private static async Task<(WarmUpResult Warm, AzuriteThroughputResult Rates, FootprintResult Footprint, ReminderResult Reminders)> AzuritePhase(
        SuiteSettings s, BenchSettings board, string tag, string data, WarningCounter warnings, List<string> notes, CancellationToken cancellationToken)
    {
        var azureId = $"suite-az-{tag}";
        var azure = new HotlineOptions
        {
            Storage = StorageMode.AzureTables, ConnectionString = board.ConnectionString, ServiceId = azureId, ClusterId = azureId,
            SiloPort = FreePort.Next(), GatewayPort = FreePort.Next(), DataDirectory = data,
        };
        var host = await SiloHost.Start(azure, null, cancellationToken, warnings);
        AzuriteThroughputResult azureRates;
        WarmUpResult warmAzure;
        FootprintResult footprint;
        ReminderResult reminders;
        try
        {
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            var table = new TableServiceClient(board.ConnectionString).GetTableClient("BenchBaseline" + tag);
            await table.CreateIfNotExistsAsync(cancellationToken);
            var payload = new string('x', 6_000);
            // Both warmed first, unmeasured, until the JIT is quiet: the figures are of a silo that has run a while.
            warmAzure = await WarmUp.UntilJitQuiet(async round =>
            {
                await Throughput.Run(s.WarmUpOrders, s.AzuriteConcurrency,
                    i => table.UpsertEntityAsync(new TableEntity(azureId + "-warm", $"row-{round}-{i}") { ["Data"] = payload }));
                await Lifecycle.Transitions(grains, new OrderDriver(grains, $"W{round}{tag[..5]}"), s.WarmUpOrders, s.AzuriteConcurrency);
            }, WarmUpRounds);
            Step($"warm-up on Azurite: {warmAzure}");
            azureRates = await AzuriteThroughput.Run(s, grains, table, payload, azureId, board.ConnectionString);
            notes.AddRange(azureRates.Notes);
            (footprint, var opened) = await Footprint.OpenOrders(grains, s.OpenOrders, s.AzuriteConcurrency);
            Step($"{footprint.Orders} orders open on Azurite in {opened.Elapsed.TotalSeconds:F0} s: idle {footprint.WorkingSetPerOrder / 1024:F1} KB working set, {footprint.HeapPerOrder / 1024:F1} KB heap each; just touched {footprint.ActiveWorkingSetPerOrder / 1024:F1} / {footprint.ActiveHeapPerOrder / 1024:F1} KB");
            reminders = await ReminderCost.Reminders(grains, s.Reminders, s.ClockConcurrency, s.AzuritePid);
        }
        finally
        {
            notes.Add(Warnings("Azurite silo", warnings));
            Step($"Azurite silo {await SiloHost.Stop(host)}");
        }
        return (warmAzure, azureRates, footprint, reminders);
    }

    private static async Task<(WarmUpResult Warm, Throughput Ping, (Throughput Compact, Throughput Uncompressed, Throughput OrleansMemory, int JsonBytes) Floor, Throughput Lifecycle, ScreenResult Screen, DeadlineResult Deadlines)> MemoryPhase(
        SuiteSettings s, BenchSettings board, string tag, string data, WarningCounter warnings, List<string> notes, CancellationToken cancellationToken)
    {
        var memoryId = $"suite-mem-{tag}";
        var memory = new HotlineOptions
        {
            Storage = StorageMode.InMemory, ServiceId = memoryId, ClusterId = memoryId,
            SiloPort = FreePort.Next(), GatewayPort = FreePort.Next(), DataDirectory = data,
        };
        var host = await SiloHost.Start(memory, board.StreamPullPeriod, cancellationToken, warnings);
        Throughput ping, lifeMemory;
        (Throughput Compact, Throughput Uncompressed, Throughput OrleansMemory, int JsonBytes) floor;
        WarmUpResult warmMemory;
        ScreenResult screen;
        DeadlineResult deadlines;
        try
        {
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            await Throughput.Run(2_000, s.MemoryConcurrency, i => grains.GetGrain<IPingGrain>(i % 1024).Ping(i));
            ping = await Throughput.Run(s.PingCalls, s.MemoryConcurrency, i => grains.GetGrain<IPingGrain>(i % 1024).Ping(i));
            Step($"ping: {ping.PerSecond:F0} calls/s");
            floor = await StateWriteFloor.Run(grains, tag, s.PingCalls, s.MemoryConcurrency);
            Step($"one state write per call: {floor.Compact.PerSecond:F0} calls/s ({floor.Compact.PerSecond / ping.PerSecond:F2} of ping, {floor.Compact.Failed} failed); " +
                 $"uncompressed {floor.Uncompressed.PerSecond:F0} calls/s ({floor.Uncompressed.PerSecond / ping.PerSecond:F2}, {floor.Uncompressed.Failed} failed); " +
                 $"to Orleans' MemoryGrainStorage {floor.OrleansMemory.PerSecond:F0} calls/s ({floor.OrleansMemory.PerSecond / ping.PerSecond:F2}, {floor.OrleansMemory.Failed} failed)");
            warmMemory = await WarmUp.UntilJitQuiet(
                round => Lifecycle.Transitions(grains, new OrderDriver(grains, $"V{round}{tag[..5]}"), s.WarmUpOrders * 10, s.MemoryConcurrency), WarmUpRounds);
            Step($"warm-up in memory: {warmMemory}");
            lifeMemory = await Lifecycle.Transitions(grains, new OrderDriver(grains, "M" + tag[..6]), s.LifecycleOrders, s.MemoryConcurrency);
            Step($"lifecycle in memory: {lifeMemory.PerSecond:F0} transitions/s ({lifeMemory.Failed} failed)");
            screen = await ScreenLatency.Run(board, grains, memoryId, memory.GatewayPort, s.BoardRate, s.BoardSeconds, cancellationToken);
            Step($"event-to-screen: {screen.Load.AchievedPerSecond:F0}/s achieved, ack-to-screen p99 {screen.AckToScreen.P99:F0} ms");
            deadlines = await Deadlines.Run(grains, s.Clocks, s.DueClocks, s.ClockSample, s.MemoryConcurrency);
            Step($"deadlines: lateness p99 {deadlines.Lateness.P99:F0} ms over {deadlines.Lateness.Count} thresholds");
        }
        finally
        {
            notes.Add(Warnings("in-memory silo", warnings));
            await SiloHost.Stop(host);
        }

        return (warmMemory, ping, floor, lifeMemory, screen, deadlines);
    }

    private static string Warnings(string silo, WarningCounter warnings)
    {
        var lines = warnings.Drain();
        return lines.Count == 0 ? $"Warnings logged by the {silo}: none." : $"Warnings logged by the {silo}: {string.Join("; ", lines.Take(4))}.";
    }

    /// <summary>At most this many warm-up rounds per silo, quiet or not (the notes say how quiet it got).</summary>
    private const int WarmUpRounds = 12;

    public static void Step(string text) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {text}");
}
