using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Hotline.Bench.Board;

/// <summary>
/// The suite's watching screen in a child process (<see cref="WatchMode"/>), fed into a local
/// <see cref="BoardRecorder"/>. A screen is a browser on another machine; a watcher inside the bench,
/// which also hosts the silo, stopped with every collection of the silo's heap and stamped the rows
/// that arrived meanwhile late by the pause. Its process clock is the same wall clock the bench stamps
/// acknowledgements with.
/// </summary>
public sealed class WatcherProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _errors = new();
    private readonly TaskCompletionSource<Distribution> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _reader;
    private Distribution _echo = Distribution.Empty;
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

    private WatcherProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_errors)
                if (_errors.Length < 8_000) _errors.AppendLine(e.Data);
        };
        _process.BeginErrorReadLine();
        _reader = Task.Run(Read);
    }

    public BoardRecorder Recorder { get; } = new();

    public int ProcessId => _process.Id;

    /// <summary>The bare hub echo round trip, measured by the watcher on its own connection before any load.</summary>
    public Distribution Echo { get; private set; } = Distribution.Empty;

    public static async Task<WatcherProcess> Start(Uri dashboard, string token, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(typeof(WatcherProcess).Assembly.Location);
        info.ArgumentList.Add("watch");
        info.ArgumentList.Add(dashboard.ToString());
        info.Environment[WatchMode.TokenVariable] = token;
        // A screen is a client: the workstation collector a desktop process runs, not the bench's server GC.
        info.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(info) ?? throw new BenchSetupException("could not start 'dotnet' for the watcher");
        var watcher = new WatcherProcess(process);
        try
        {
            watcher.Echo = await watcher._ready.Task.WaitAsync(TimeSpan.FromSeconds(120), cancellationToken);
            return watcher;
        }
        catch
        {
            await watcher.DisposeAsync();
            throw;
        }
    }

    private async Task Read()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line) Take(line);
            _ready.TrySetException(new BenchSetupException($"the watcher exited before it was ready\n{Errors()}"));
        }
        catch (Exception e)
        {
            _ready.TrySetException(new BenchSetupException($"the watcher's output could not be read: {e.Message}\n{Errors()}"));
        }
    }

    private void Take(string line)
    {
        var parts = line.Split(' ', 6);
        switch (parts[0])
        {
            case "row" when parts.Length >= 5:
                var sequence = Long(parts[2]);
                var status = parts.Length == 6 ? parts[5] : "";
                Recorder.Replay(Shared(parts[1]), sequence, new RowSample(Shared(parts[1]), sequence, Shared(status),
                    new DateTimeOffset(Long(parts[3]), TimeSpan.Zero), new DateTimeOffset(Long(parts[4]), TimeSpan.Zero)));
                break;
            case "seen" when parts.Length == 3:
                Recorder.Replay(Shared(parts[1]), Long(parts[2]), null);
                break;
            case "echo" when parts.Length == 6:
                _echo = new Distribution(int.Parse(parts[1], CultureInfo.InvariantCulture), Double(parts[2]), Double(parts[3]), Double(parts[4]), Double(parts[5]));
                break;
            case "ready":
                _ready.TrySetResult(_echo);
                break;
            default:
                lock (_errors)
                    if (_errors.Length < 8_000) _errors.AppendLine(line);
                break;
        }
    }

    /// <summary>
    /// One instance per distinct id or status: this process also hosts the silo, and a fresh copy kept with every row
    /// was a live young object for each of its collections to copy. Only the reader loop calls it.
    /// </summary>
    private string Shared(string text)
    {
        if (_shared.TryGetValue(text, out var known)) return known;
        _shared[text] = text;
        return text;
    }

    private static long Long(string text) => long.Parse(text, CultureInfo.InvariantCulture);

    private static double Double(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private string Errors()
    {
        lock (_errors) return _errors.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Closing its input is the watcher's signal to flush and leave.
            if (!_process.HasExited) _process.StandardInput.Close();
            try
            {
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (TimeoutException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            await _reader;
        }
        finally
        {
            _process.Dispose();
        }
    }
}
