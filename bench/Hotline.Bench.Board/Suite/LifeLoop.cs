using Hotline.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Bench.Board.Suite;

/// <summary>
/// A profiling target, not a figure: an in-memory silo running the suite's lifecycle in rounds of 5,000
/// orders until interrupted, printing per round the transitions/s, the bytes allocated per transition and
/// the young collections. Attach dotnet-trace or dotnet-counters to it. The orders of every round stay
/// active, as in the suite (their 15-minute age limit), so later rounds show what a fuller silo costs.
/// </summary>
public static class LifeLoop
{
    private const int OrdersPerRound = 5_000;
    private const int Callers = 64;

    public static async Task<int> Run(CancellationToken cancellationToken)
    {
        var board = BenchSettings.Parse([]);
        var id = "loop-" + Guid.NewGuid().ToString("N")[..6];
        var memory = new HotlineOptions
        {
            Storage = StorageMode.InMemory, ServiceId = id, ClusterId = id,
            SiloPort = FreePort.Next(), GatewayPort = FreePort.Next(), DataDirectory = BenchData.Prepare(board.WorkDirectory),
        };
        var host = await SiloHost.Start(memory, null, cancellationToken);
        try
        {
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            using var reasons = new GcReasons();
            for (var round = 0; !cancellationToken.IsCancellationRequested; round++)
            {
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var collections = GC.CollectionCount(0);
                var pauses = GcPauses.Now();
                var run = await Lifecycle.Transitions(grains, new OrderDriver(grains, $"P{round:D3}{id[5..]}"), OrdersPerRound, Callers);
                var perTransition = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)run.Count;
                SuiteBench.Step($"round {round}: {run.PerSecond:F0} transitions/s ({run.Failed} failed), " +
                    $"{perTransition / 1024:F1} KB allocated per transition, {GcPauses.Now().Since(pauses)}; {reasons.Drain()}");
            }
        }
        finally
        {
            await SiloHost.Stop(host);
        }
        return 0;
    }
}
