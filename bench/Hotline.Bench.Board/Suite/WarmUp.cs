using System.Diagnostics;
using System.Runtime;

namespace Hotline.Bench.Board.Suite;

/// <summary>How long a warm-up took to quieten the JIT: rounds run, and the compile rate of the last one.</summary>
public sealed record WarmUpResult(int Rounds, TimeSpan Elapsed, double MethodsPerSecond)
{
    public override string ToString() => $"{Rounds} rounds in {Elapsed.TotalSeconds:F0} s, JIT at {MethodsPerSecond:F0} methods/s at the end";
}

/// <summary>
/// Runs a workload, unmeasured, until the JIT has settled. Tiered compilation keeps re-compiling hot
/// methods (tier 0, instrumented, tier 1) for tens of seconds after a path first runs, and on this
/// 2-core machine that took a fifth of the CPU of the Azurite lifecycle: a figure taken during it is
/// of the JIT, not of a silo that has run a while.
/// </summary>
public static class WarmUp
{
    /// <summary>Quiet: fewer methods compiled per second than this over a round.</summary>
    public const double QuietMethodsPerSecond = 25;

    public static async Task<WarmUpResult> UntilJitQuiet(Func<int, Task> round, int maxRounds)
    {
        var total = Stopwatch.StartNew();
        var rate = double.NaN;
        var rounds = 0;
        while (rounds < maxRounds)
        {
            var before = JitInfo.GetCompiledMethodCount();
            var one = Stopwatch.StartNew();
            await round(rounds++);
            rate = (JitInfo.GetCompiledMethodCount() - before) / one.Elapsed.TotalSeconds;
            if (rate < QuietMethodsPerSecond) break;
        }
        return new WarmUpResult(rounds, total.Elapsed, rate);
    }
}
