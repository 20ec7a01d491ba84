namespace Hotline.Bench.Board;

/// <summary>
/// One run's knobs: rate, seconds and concurrency from the command line; where storage and the
/// dashboard are from the environment that bench/board.sh sets (defaults suit a plain Azurite).
/// </summary>
public sealed record BenchSettings(
    int Rate,
    int Seconds,
    int Concurrency,
    TimeSpan FlushInterval,
    string ConnectionString,
    string DashboardDll,
    string WorkDirectory,
    string? PidFile,
    string StorageNote,
    TimeSpan? StreamPullPeriod)
{
    /// <summary>Events stamped in the first seconds of the load are not counted: activations, JIT and connection pools settle there.</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    public const int EchoWarmUp = 200;
    public const int EchoCount = 2_000;

    /// <summary>How many creates run at once up front: enough to keep Azurite busy without queueing into Orleans' 30 s timeout.</summary>
    public const int IntakeConcurrency = 16;

    /// <summary>The bar for "sustained": the achieved rate within 5 % of the target.</summary>
    public const double SustainedShare = 0.95;

    public static BenchSettings Parse(string[] args)
    {
        var rate = Positional(args, 0, 200);
        var seconds = Positional(args, 1, 30);
        var concurrency = Positional(args, 2, 64);
        if (seconds <= WarmUp.TotalSeconds)
            throw new BenchSetupException($"seconds must exceed the {WarmUp.TotalSeconds:F0} s warm-up (got {seconds})");
        var flushMs = int.Parse(Environment.GetEnvironmentVariable("BOARD_FLUSH_MS") ?? "25", System.Globalization.CultureInfo.InvariantCulture);
        return new BenchSettings(
            rate,
            seconds,
            concurrency,
            TimeSpan.FromMilliseconds(flushMs),
            Environment.GetEnvironmentVariable("BOARD_CONNECTION_STRING") ?? "UseDevelopmentStorage=true",
            Environment.GetEnvironmentVariable("BOARD_DASHBOARD_DLL") ?? DefaultDashboardDll(),
            Environment.GetEnvironmentVariable("BOARD_WORK_DIR") ?? Directory.CreateTempSubdirectory("hotline-board-").FullName,
            Environment.GetEnvironmentVariable("BOARD_PID_FILE"),
            Environment.GetEnvironmentVariable("BOARD_STORAGE_NOTE") ?? "Azurite",
            Environment.GetEnvironmentVariable("BOARD_PULL_MS") is { Length: > 0 } pull
                ? TimeSpan.FromMilliseconds(int.Parse(pull, System.Globalization.CultureInfo.InvariantCulture))
                : null);
    }

    private static int Positional(string[] args, int index, int fallback)
    {
        if (args.Length <= index) return fallback;
        return int.TryParse(args[index], out var value) && value > 0
            ? value
            : throw new BenchSetupException($"argument {index + 1} must be a positive integer (got '{args[index]}'). Usage: [rate=200] [seconds=30] [concurrency=64]");
    }

    /// <summary>The Release build of the dashboard, found from the repository root above this binary.</summary>
    private static string DefaultDashboardDll()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Hotline.Orleans.sln")))
                return Path.Combine(dir.FullName, "dashboard", "bin", "Release", "net10.0", "Hotline.Dashboard.dll");
        throw new BenchSetupException("Hotline.Orleans.sln not found above the bench binary; set BOARD_DASHBOARD_DLL");
    }
}

/// <summary>The run could not be set up (bad arguments, dashboard down): nothing was measured.</summary>
public sealed class BenchSetupException(string message, Exception? inner = null) : Exception(message, inner);
