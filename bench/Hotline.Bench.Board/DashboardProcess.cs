using System.Diagnostics;
using System.Globalization;

namespace Hotline.Bench.Board;

/// <summary>
/// The real dashboard (Hotline.Dashboard.dll) as a child process: an Orleans client of the
/// in-process silo, found through Azure Table membership like in production. Disposing kills it;
/// its pid also goes to a file so board.sh can kill it if this process itself dies hard.
/// </summary>
public sealed class DashboardProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logGate = new();
    private readonly string? _pidFile;
    private bool _closed;

    private DashboardProcess(Process process, StreamWriter log, Uri baseAddress, string logPath, string? pidFile)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
        LogPath = logPath;
        _pidFile = pidFile;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public string LogPath { get; }

    /// <param name="inMemoryGateway">Set for a silo on in-memory storage: the dashboard then finds it on this localhost gateway port.</param>
    public static DashboardProcess Start(BenchSettings settings, string serviceId, string clusterId, int? inMemoryGateway = null)
    {
        if (!File.Exists(settings.DashboardDll))
            throw new BenchSetupException($"{settings.DashboardDll} not found: build it with 'dotnet build dashboard -c Release'");
        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet")
        {
            // The content root is the build output: appsettings.json and wwwroot live there.
            WorkingDirectory = Path.GetDirectoryName(settings.DashboardDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(settings.DashboardDll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Hotline__Storage"] = inMemoryGateway is null ? "AzureTables" : "InMemory";
        if (inMemoryGateway is { } gateway) info.Environment["Hotline__GatewayPort"] = gateway.ToString(CultureInfo.InvariantCulture);
        info.Environment["Hotline__ServiceId"] = serviceId;
        info.Environment["Hotline__ClusterId"] = clusterId;
        info.Environment["Hotline__ConnectionString"] = settings.ConnectionString;
        info.Environment["Hotline__Live__FlushGap"] = settings.FlushInterval.ToString("c", CultureInfo.InvariantCulture);

        var logPath = Path.Combine(settings.WorkDirectory, "dashboard.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(info) ?? throw new BenchSetupException("could not start 'dotnet' for the dashboard");
        var dashboard = new DashboardProcess(process, log, baseAddress, logPath, settings.PidFile);
        process.OutputDataReceived += (_, e) => dashboard.Write(e.Data);
        process.ErrorDataReceived += (_, e) => dashboard.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (settings.PidFile is { } pidFile) File.WriteAllText(pidFile, process.Id.ToString(CultureInfo.InvariantCulture));
        return dashboard;
    }

    /// <summary>Waits for /health = 200, which the dashboard answers only once it reaches an active silo.</summary>
    public async Task WaitHealthy(HttpClient http, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
                throw new BenchSetupException($"the dashboard exited with code {_process.ExitCode} before it was healthy\n{Tail(30)}");
            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "/health"), cancellationToken);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline)
                throw new BenchSetupException($"the dashboard was not healthy within {timeout.TotalSeconds:F0} s\n{Tail(30)}");
            await Task.Delay(500, cancellationToken);
        }
    }

    public string Tail(int lines)
    {
        lock (_logGate)
            if (!_closed) _log.Flush();
        var all = File.ReadAllLines(LogPath);
        return $"----- last lines of {LogPath} -----\n{string.Join('\n', all.TakeLast(lines))}";
    }

    private void Write(string? line)
    {
        if (line is null) return;
        // The output pumps can still deliver a line after the log is closed: drop it.
        lock (_logGate)
            if (!_closed) _log.WriteLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // SIGTERM first: the dashboard closes its gateway connection cleanly, so the silo logs
            // no "connection reset"; a dashboard that hangs is killed after a few seconds.
            if (!_process.HasExited && Signals.Terminate(_process.Id) && await Exited(TimeSpan.FromSeconds(5))) return;
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                if (!await Exited(TimeSpan.FromSeconds(10)))
                    Console.Error.WriteLine($"warning: the dashboard (pid {_process.Id}) did not exit after SIGKILL");
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine($"warning: could not confirm the dashboard stopped: {e.Message}");
        }
        finally
        {
            if (_pidFile is not null) File.Delete(_pidFile);
            lock (_logGate)
            {
                _closed = true;
                _log.Dispose();
            }
            _process.Dispose();
        }
    }

    private async Task<bool> Exited(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
