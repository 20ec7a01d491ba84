using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Hotline.Bench.Board.Suite;

/// <summary>
/// Why the runtime started each collection in the bench process while it listens: the GCStart event's
/// generation and reason (the runtime's own codes), so a latency tail can be traced to what keeps the
/// GC busy. It was this that showed the board's tail coming from background gen2 collections started
/// by large-object allocations.
/// </summary>
public sealed class GcReasons : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, int> _counts = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Informational, GcKeyword);
    }

    private long _heapStats;
    private double _promoted0;
    private double _promoted1;
    private double _handles;
    private double _pinned;
    private double _gen2Size;
    private readonly Dictionary<string, double> _marked = new(StringComparer.Ordinal);

    /// <summary>GCMarkWithType's root kinds: where the live bytes a collection marked were reached from.</summary>
    private static string MarkRoot(uint kind) => kind switch
    {
        0 => "stacks",
        1 => "finalization queue",
        2 => "handles",
        3 => "older generations (cards)",
        5 => "overflow",
        6 => "dependent handles",
        _ => $"kind {kind}",
    };

    private readonly PauseTimeline _timeline = new();

    private readonly Dictionary<long, DateTime> _backgroundStarts = [];
    private readonly List<GcPause> _background = [];

    /// <summary>Background gen2 collections so far, start to end: the process runs on, two GC threads beside it.</summary>
    public GcPause[] BackgroundCollections()
    {
        lock (_counts) return [.. _background];
    }

    /// <summary>Every pause of the process so far (suspension to restart), with the collection that caused it.</summary>
    public GcPause[] Pauses()
    {
        return _timeline.Pauses();
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is { } name && name.StartsWith("GCSuspendEEBegin", StringComparison.Ordinal))
        {
            _timeline.Suspended(e.TimeStamp.ToUniversalTime());
            return;
        }
        if (e.EventName is { } end && end.StartsWith("GCEnd", StringComparison.Ordinal) && e.PayloadNames is { } endNames && e.Payload is { } ended
            && endNames.IndexOf("Count") is var n and >= 0)
        {
            var count = Convert.ToInt64(ended[n], System.Globalization.CultureInfo.InvariantCulture);
            lock (_counts)
                if (_backgroundStarts.Remove(count, out var began))
                    _background.Add(new GcPause(new DateTimeOffset(began, TimeSpan.Zero), (e.TimeStamp.ToUniversalTime() - began).TotalMilliseconds, "background gen2"));
            return;
        }
        if (e.EventName is { } restart && restart.StartsWith("GCRestartEEEnd", StringComparison.Ordinal))
        {
            _timeline.Restarted(e.TimeStamp.ToUniversalTime());
            return;
        }
        if (e.EventName is not null && e.EventName.StartsWith("GCMarkWithType", StringComparison.Ordinal) && e.PayloadNames is { } markNames && e.Payload is { } mark)
        {
            var kind = markNames.IndexOf("Type") is var k and >= 0 ? Convert.ToUInt32(mark[k], System.Globalization.CultureInfo.InvariantCulture) : uint.MaxValue;
            var bytes = markNames.IndexOf("Bytes") is var b and >= 0 ? Convert.ToDouble(mark[b], System.Globalization.CultureInfo.InvariantCulture) : 0;
            lock (_counts) _marked[MarkRoot(kind)] = _marked.GetValueOrDefault(MarkRoot(kind)) + bytes;
            return;
        }
        if (e.EventName is not null && e.EventName.StartsWith("GCHeapStats", StringComparison.Ordinal) && e.PayloadNames is { } statNames && e.Payload is { } stats)
        {
            double Value(string name) => statNames.IndexOf(name) is var i and >= 0 ? Convert.ToDouble(stats[i], System.Globalization.CultureInfo.InvariantCulture) : 0;
            lock (_counts)
            {
                _heapStats++;
                _promoted0 += Value("TotalPromotedSize0");
                _promoted1 += Value("TotalPromotedSize1");
                _handles += Value("GCHandleCount");
                _pinned += Value("PinnedObjectCount");
                _gen2Size += Value("GenerationSize2");
            }
            return;
        }
        if (e.EventName is null || !e.EventName.StartsWith("GCStart", StringComparison.Ordinal) || e.PayloadNames is not { } names || e.Payload is not { } payload) return;
        if (names.IndexOf("Type") is var bt and >= 0 && payload[bt] is uint gcType && gcType == 1 && names.IndexOf("Count") is var c and >= 0)
            lock (_counts) _backgroundStarts[Convert.ToInt64(payload[c], System.Globalization.CultureInfo.InvariantCulture)] = e.TimeStamp.ToUniversalTime();
        var depth = names.IndexOf("Depth") is var d and >= 0 ? payload[d] : "?";
        var reason = names.IndexOf("Reason") is var r and >= 0 && payload[r] is uint code ? Reason(code) : "?";
        var background = names.IndexOf("Type") is var t and >= 0 && payload[t] is uint type && type == 1 ? " background" : "";
        _counts.AddOrUpdate($"gen{depth}{background} ({reason})", 1, (_, n) => n + 1);
        _timeline.Started(depth, background.Length > 0);
    }

    /// <summary>The counts so far, most frequent first, and a fresh start.</summary>
    public string Drain()
    {
        var text = string.Join(", ", _counts.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Value} × {kv.Key}"));
        _counts.Clear();
        lock (_counts)
        {
            if (_heapStats > 0)
            {
                text += System.FormattableString.Invariant($"; per collection: promoted from gen0 {_promoted0 / _heapStats / 1e6:F1} MB, from gen1 {_promoted1 / _heapStats / 1e6:F1} MB, gen2 {_gen2Size / _heapStats / 1e6:F0} MB, GC handles {_handles / _heapStats:F0}, pinned objects {_pinned / _heapStats:F0}");
                var stats = _heapStats;
                if (_marked.Count > 0)
                    text += "; marked from " + string.Join(", ", _marked.OrderByDescending(m => m.Value).Select(m => System.FormattableString.Invariant($"{m.Key} {m.Value / stats / 1e6:F1} MB")));
            }
            _marked.Clear();
            _heapStats = 0;
            _promoted0 = _promoted1 = _handles = _pinned = _gen2Size = 0;
        }
        return text.Length == 0 ? "none" : text;
    }

    /// <summary>The runtime's GC reason codes (GCStart's Reason field) that matter here; others print as numbers.</summary>
    private static string Reason(uint code) => code switch
    {
        0 => "small-object budget",
        1 => "induced",
        2 => "low memory",
        4 => "large-object budget",
        5 => "small-object heap out of space",
        6 => "large-object heap out of space",
        7 => "induced, not forced",
        _ => $"reason {code}",
    };
}

/// <summary>One stop of the process for the GC: when it began, how long, and the last collection started before it.</summary>
public readonly record struct GcPause(DateTimeOffset At, double Milliseconds, string Collection);
