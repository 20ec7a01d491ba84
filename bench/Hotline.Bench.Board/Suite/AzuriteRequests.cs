using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;

namespace Hotline.Bench.Board.Suite;

/// <summary>
/// Counts the HTTP requests this process sends to Azurite's table endpoint while it is open, by method, from .NET's
/// own <c>http.client.request.duration</c> measurements, and by method and table from its outgoing-request
/// activities: what a transition costs Azurite in requests (a transaction is one POST <c>$batch</c> whatever its
/// rows). PUT replaces a row (with its ETag), PATCH upserts one, POST inserts one or commits a transaction, GET reads.
/// </summary>
public sealed class AzuriteRequests : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ActivityListener _activities;
    private readonly Dictionary<string, long> _byTable = new(StringComparer.Ordinal);
    private readonly int _port;
    private readonly Dictionary<string, long> _byMethod = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private volatile bool _paused;

    private AzuriteRequests(int port)
    {
        _port = port;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "System.Net.Http" && instrument.Name == "http.client.request.duration")
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>(OnRequest);
        _listener.Start();
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = OnActivity,
        };
        ActivitySource.AddActivityListener(_activities);
    }

    /// <summary>Starts counting requests to the table endpoint of <paramref name="connectionString"/>.</summary>
    public static AzuriteRequests Count(string connectionString) => new(TablePort(connectionString));

    /// <summary>Not counted until <see cref="Resume"/>: the baseline's own requests, run between the system's rounds.</summary>
    public void Pause() => _paused = true;

    public void Resume() => _paused = false;

    /// <summary>Stops counting and describes the requests per <paramref name="transitions"/>.</summary>
    public string PerTransition(int transitions)
    {
        Dispose();
        lock (_lock)
        {
            var total = _byMethod.Values.Sum();
            var each = string.Join(", ", _byMethod.OrderByDescending(m => m.Value)
                .Select(m => $"{m.Key} {(double)m.Value / transitions:F2}"));
            var tables = string.Join(", ", _byTable.OrderByDescending(m => m.Value).Take(8)
                .Select(m => $"{m.Key} {(double)m.Value / transitions:F2}"));
            return $"{(double)total / Math.Max(1, transitions):F2} requests per transition ({total} for {transitions}: {each}; by request: {tables})";
        }
    }

    public void Dispose()
    {
        _listener.Dispose();
        _activities.Dispose();
    }

    /// <summary>Method and table of a finished request (<c>/account/Table(...)</c>, <c>/account/$batch</c>).</summary>
    private void OnActivity(Activity activity)
    {
        if (_paused) return;
        if (activity.GetTagItem("url.full") is not string url || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Port != _port) return;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var table = segments.Length > 1 ? segments[1].Split('(')[0] : "?";
        var method = activity.GetTagItem("http.request.method") as string ?? "?";
        var key = $"{method} {table}{(segments.Length > 1 && segments[1].Contains('(') ? "(row)" : "")}";
        lock (_lock) _byTable[key] = _byTable.GetValueOrDefault(key) + 1;
    }

    private void OnRequest(Instrument instrument, double seconds, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (_paused) return;
        string? method = null;
        var port = -1;
        foreach (var (key, value) in tags)
        {
            if (key == "http.request.method") method = value as string;
            else if (key == "server.port") port = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        }
        if (port != _port || method is null) return;
        lock (_lock) _byMethod[method] = _byMethod.GetValueOrDefault(method) + 1;
    }

    private static int TablePort(string connectionString)
    {
        var endpoint = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .FirstOrDefault(kv => kv.Length == 2 && kv[0].Equals("TableEndpoint", StringComparison.OrdinalIgnoreCase))?[1];
        return endpoint is null ? 10002 : new Uri(endpoint).Port;
    }
}
