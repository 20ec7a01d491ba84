using System.Globalization;
using System.Text;

namespace Hotline.Bench.Board;

/// <summary>
/// The watching screen as a process of its own (the suite starts it through <see cref="WatcherProcess"/>).
/// It connects, runs the bare echo baseline, then reports every row it receives, each stamped on arrival
/// here, so the silo's collections in the bench process do not delay the stamps. One line each on stdout:
/// <c>echo &lt;count&gt; &lt;p50&gt; &lt;p95&gt; &lt;p99&gt; &lt;max&gt;</c>, then <c>ready</c>; then
/// <c>row &lt;id&gt; &lt;sequence&gt; &lt;event ticks&gt; &lt;received ticks&gt; &lt;status&gt;</c> (UTC ticks) and
/// <c>seen &lt;id&gt; &lt;sequence&gt;</c> for a snapshot's rows and rows without an event instant.
/// It stops when its standard input closes.
/// </summary>
public static class WatchMode
{
    public const string TokenVariable = "BOARD_WATCH_TOKEN";

    /// <summary>Rows are written as they come and flushed on this beat: a settle check reads them, no figure does.</summary>
    private static readonly TimeSpan FlushEvery = TimeSpan.FromMilliseconds(50);

    public static async Task<int> Run(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length < 2 || !Uri.TryCreate(args[1], UriKind.Absolute, out var dashboard))
            throw new BenchSetupException("watch needs the dashboard's address: watch http://127.0.0.1:<port>");
        var token = Environment.GetEnvironmentVariable(TokenVariable);
        if (string.IsNullOrEmpty(token)) throw new BenchSetupException($"watch needs a login token in {TokenVariable}");

        var gate = new Lock();
        await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        void Write(string line)
        {
            lock (gate) output.WriteLine(line);
        }

        await using var watcher = await BoardWatcher.Connect(dashboard, token, cancellationToken, (id, sequence, sample) =>
            Write(sample is { } row
                ? string.Create(CultureInfo.InvariantCulture, $"row {id} {sequence} {row.EventAt.UtcTicks} {row.ReceivedAt.UtcTicks} {row.Status}")
                : string.Create(CultureInfo.InvariantCulture, $"seen {id} {sequence}")));
        var echo = await EchoProbe.Run(watcher, BenchSettings.EchoWarmUp, BenchSettings.EchoCount, cancellationToken);
        Write(string.Create(CultureInfo.InvariantCulture, $"echo {echo.Count} {echo.P50:R} {echo.P95:R} {echo.P99:R} {echo.Max:R}"));
        Write("ready");

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var flusher = Flush(output, gate, stop.Token);
        // The parent closes our input when it has what it needs (or dies): either way, stop.
        await Console.OpenStandardInput().CopyToAsync(Stream.Null, cancellationToken);
        await stop.CancelAsync();
        await flusher;
        lock (gate) output.Flush();
        return 0;
    }

    private static async Task Flush(StreamWriter output, Lock gate, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(FlushEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
                lock (gate) output.Flush();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopping: the caller flushes what is left.
        }
    }
}
