using System.Text;
using System.Text.Json;

namespace Hotline.Bench.Board;

/// <summary>One board row as it reached the screen: when its event happened and when it arrived.</summary>
public readonly record struct RowSample(string OrderId, long Sequence, string Status, DateTimeOffset EventAt, DateTimeOffset ReceivedAt)
{
    public double LatencyMs => (ReceivedAt - EventAt).TotalMilliseconds;
}

/// <summary>One hub message: its kind ("ordersChanged", "statsChanged"…), rows carried and payload size.</summary>
public readonly record struct FrameSample(string Kind, DateTimeOffset ReceivedAt, int Rows, int Bytes);

/// <summary>Rows that a correct feed should never send: no event instant, older than one already sent, or sent twice.</summary>
public readonly record struct RowAnomalies(int WithoutChangedAt, int OutOfOrder, int Repeated);

/// <summary>
/// Everything the watching client saw. The SignalR client runs handlers one at a time, but the
/// bench reads while they run, hence the lock. Receive time is taken first, before any parsing.
/// </summary>
public sealed class BoardRecorder
{
    private readonly Lock _gate = new();
    private readonly List<RowSample> _rows = [];
    private readonly List<FrameSample> _frames = [];
    private readonly Dictionary<string, long> _latest = [];
    private int _withoutChangedAt;
    private int _outOfOrder;
    private int _repeated;

    /// <summary>
    /// Called (under the recorder's lock, in arrival order) for every row the screen received: a snapshot's
    /// rows and rows without an event instant with no sample. A watcher in its own process forwards them.
    /// </summary>
    public Action<string, long, RowSample?>? RowSeen { get; set; }

    public void OnOrdersChanged(JsonElement rows)
    {
        var receivedAt = DateTimeOffset.UtcNow;
        var bytes = Encoding.UTF8.GetByteCount(rows.GetRawText());
        lock (_gate)
        {
            _frames.Add(new FrameSample("ordersChanged", receivedAt, rows.GetArrayLength(), bytes));
            foreach (var row in rows.EnumerateArray()) Add(row, receivedAt);
        }
    }

    public void OnOther(string kind, JsonElement payload)
    {
        var receivedAt = DateTimeOffset.UtcNow;
        var bytes = payload.ValueKind == JsonValueKind.Undefined ? 0 : Encoding.UTF8.GetByteCount(payload.GetRawText());
        var rows = payload.ValueKind == JsonValueKind.Array ? payload.GetArrayLength() : 0;
        lock (_gate) _frames.Add(new FrameSample(kind, receivedAt, rows, bytes));
    }

    /// <summary>Rows of a snapshot count as seen (for the missing-rows check) but carry no latency.</summary>
    public void OnSnapshot(JsonElement snapshot)
    {
        lock (_gate)
            foreach (var row in snapshot.GetProperty("orders").EnumerateArray())
            {
                var (id, sequence) = (row.GetProperty("id").GetString()!, row.GetProperty("sequence").GetInt64());
                Remember(id, sequence);
                RowSeen?.Invoke(id, sequence, null);
            }
    }

    /// <summary>A row another process's watcher received (see <see cref="RowSeen"/>): seen, and timed when it has a sample.</summary>
    public void Replay(string id, long sequence, RowSample? sample)
    {
        lock (_gate)
        {
            Remember(id, sequence);
            if (sample is { } row) _rows.Add(row);
        }
    }

    public RowSample[] Rows()
    {
        lock (_gate) return [.. _rows];
    }

    public FrameSample[] Frames()
    {
        lock (_gate) return [.. _frames];
    }

    public long LatestSequence(string orderId)
    {
        lock (_gate) return _latest.GetValueOrDefault(orderId, -1);
    }

    public RowAnomalies Anomalies()
    {
        lock (_gate) return new RowAnomalies(_withoutChangedAt, _outOfOrder, _repeated);
    }

    private void Add(JsonElement row, DateTimeOffset receivedAt)
    {
        var id = row.GetProperty("id").GetString()!;
        var sequence = row.GetProperty("sequence").GetInt64();
        // A screen orders deltas by sequence; an older one after a newer, or the same one twice, is worth counting.
        if (_latest.TryGetValue(id, out var known) && known == sequence) _repeated++;
        else if (!Remember(id, sequence)) _outOfOrder++;
        // TryGetDateTimeOffset reads the ISO text with its +08:00 offset, so the instant is exact.
        if (!row.TryGetProperty("changedAt", out var changed) || changed.ValueKind != JsonValueKind.String
            || !changed.TryGetDateTimeOffset(out var eventAt))
        {
            _withoutChangedAt++;
            RowSeen?.Invoke(id, sequence, null);
            return;
        }
        var status = row.TryGetProperty("status", out var s) ? s.GetString() ?? "" : "";
        var sample = new RowSample(id, sequence, status, eventAt, receivedAt);
        _rows.Add(sample);
        RowSeen?.Invoke(id, sequence, sample);
    }

    private bool Remember(string id, long sequence)
    {
        if (_latest.TryGetValue(id, out var known) && known > sequence) return false;
        _latest[id] = sequence;
        return true;
    }
}
