using System.Globalization;

namespace Hotline.Bench.Board.Suite;

/// <summary>
/// Sizes of one suite run. <c>--quick</c> keeps the whole run to about six minutes on a 2-core
/// machine; the full defaults are the figures (100,000 clocks, 1,000 transitions/s for 30 s). Every size can be overridden: <c>--clocks 50000 --board-seconds 20</c>.
/// </summary>
public sealed record SuiteSettings(
    bool Quick,
    int PingCalls,
    int LifecycleOrders,
    int MemoryConcurrency,
    int BoardRate,
    int BoardSeconds,
    int Clocks,
    int DueClocks,
    int ClockSample,
    int AzuriteOrders,
    int Upserts,
    int AzuriteConcurrency,
    int Reminders,
    int ClockConcurrency,
    int OpenOrders,
    int WarmUpOrders,
    string ResultsDirectory,
    int? AzuritePid)
{
    public static SuiteSettings Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var settings = quick
            ? new SuiteSettings(true, 20_000, 1_000, 64, 1_000, 8, 10_000, 2_000, 2_000, 400, 2_000, 64, 2_000, 64, 4_000, 300, "", null)
            : new SuiteSettings(false, 100_000, 5_000, 64, 1_000, 30, 100_000, 10_000, 10_000, 1_000, 3_000, 64, 100_000, 64, 10_000, 400, "", null);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--quick" || args[i] == "suite") continue;
            if (i + 1 >= args.Length) throw new BenchSetupException($"{args[i]} needs a value");
            var value = int.Parse(args[++i], CultureInfo.InvariantCulture);
            settings = args[i - 1] switch
            {
                "--ping-calls" => settings with { PingCalls = value },
                "--orders" => settings with { LifecycleOrders = value },
                "--concurrency" => settings with { MemoryConcurrency = value },
                "--board-rate" => settings with { BoardRate = value },
                "--board-seconds" => settings with { BoardSeconds = value },
                "--clocks" => settings with { Clocks = value },
                "--due-clocks" => settings with { DueClocks = value },
                "--clock-sample" => settings with { ClockSample = value },
                "--azurite-orders" => settings with { AzuriteOrders = value },
                "--upserts" => settings with { Upserts = value },
                "--azurite-concurrency" => settings with { AzuriteConcurrency = value },
                "--reminders" => settings with { Reminders = value },
                "--clock-concurrency" => settings with { ClockConcurrency = value },
                "--open-orders" => settings with { OpenOrders = value },
                "--warm-up-orders" => settings with { WarmUpOrders = value },
                _ => throw new BenchSetupException($"unknown option {args[i - 1]}"),
            };
        }
        var pid = Environment.GetEnvironmentVariable("BENCH_AZURITE_PID");
        return settings with
        {
            ResultsDirectory = Environment.GetEnvironmentVariable("BENCH_RESULTS_DIR") ?? Path.Combine(Directory.GetCurrentDirectory(), "bench", "results"),
            AzuritePid = string.IsNullOrEmpty(pid) ? null : int.Parse(pid, CultureInfo.InvariantCulture),
        };
    }
}
