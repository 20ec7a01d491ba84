using System.Runtime.InteropServices;
using Hotline.Bench.Board;

// Usage: dotnet Hotline.Bench.Board.dll [rate=200] [seconds=30] [concurrency=64]
//    or: dotnet Hotline.Bench.Board.dll suite [--quick] [--clocks N] …   (bench/all.sh)
//    or: dotnet Hotline.Bench.Board.dll watch <dashboard url>            (the suite's screen; token in BOARD_WATCH_TOKEN)
//    or: dotnet Hotline.Bench.Board.dll lifeloop                          (profiling target: in-memory lifecycle rounds, KB allocated per transition)
// bench/board.sh starts a private Azurite, builds, and sets BOARD_CONNECTION_STRING / BOARD_DASHBOARD_DLL.
// Exit codes: 0 ok; 1 load not sustained or nothing reached the board; 2 setup failed; 130 interrupted.
using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Unwind instead of dying: the finally blocks kill the dashboard and stop the silo.
    e.Cancel = true;
    interrupted.Cancel();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    interrupted.Cancel();
});

try
{
    // "suite" runs the whole issue-6 suite (bench/all.sh); anything else is the board bench as before.
    if (args.FirstOrDefault() == "suite") return await Hotline.Bench.Board.Suite.SuiteBench.Run(args, interrupted.Token);
    // "watch" is the suite's screen in a process of its own (WatcherProcess starts it).
    // "lifeloop" is a profiling target: the in-memory lifecycle in rounds until interrupted (Suite/LifeLoop.cs).
    if (args.FirstOrDefault() == "lifeloop") return await Hotline.Bench.Board.Suite.LifeLoop.Run(interrupted.Token);
    if (args.FirstOrDefault() == "watch") return await WatchMode.Run(args, interrupted.Token);
    return await BoardBench.Run(BenchSettings.Parse(args), interrupted.Token);
}
catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
{
    Console.Error.WriteLine("interrupted: dashboard killed, silo stopped");
    return 130;
}
catch (BenchSetupException e)
{
    Console.Error.WriteLine($"setup failed: {e.Message}");
    return 2;
}
