using Azure.Data.Tables;

namespace Hotline.Grains.Indexing;

/// <summary>
/// The rows of one partition waiting for the next transaction, and those of the transaction in flight.
/// One flush at a time per partition: whoever finds it idle starts one.
/// </summary>
internal sealed class PartitionQueue
{
    private readonly Lock _lock = new();
    private Dictionary<string, RowSlot> _pending = new(StringComparer.Ordinal);
    private Dictionary<string, RowSlot> _inFlight = new(StringComparer.Ordinal);
    private bool _flushing;

    /// <summary>Queues a row; <c>StartFlush</c> is true for the caller that must start the flush.</summary>
    public (Task Written, bool StartFlush) Enqueue(TableEntity row, long sequence)
    {
        lock (_lock)
        {
            // Written after the newer in-flight row it would overwrite it; that row's commit stands for this one.
            if (_inFlight.TryGetValue(row.RowKey, out var flying) && flying.Sequence > sequence)
                return (flying.Written, false);
            if (_pending.TryGetValue(row.RowKey, out var slot)) slot.Offer(row, sequence);
            else _pending[row.RowKey] = slot = new RowSlot(row, sequence);
            var start = !_flushing;
            _flushing = true;
            return (slot.Written, start);
        }
    }

    /// <summary>Moves everything queued in flight, or ends the flush when nothing is queued.</summary>
    public IReadOnlyList<RowSlot>? TakeBatch()
    {
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                _flushing = false;
                return null;
            }
            (_inFlight, _pending) = (_pending, _inFlight);
            return [.. _inFlight.Values];
        }
    }

    /// <summary>The batch in flight has committed or failed, row by row.</summary>
    public void Settled()
    {
        lock (_lock) _inFlight.Clear();
    }
}
