namespace Hotline.Grains.Storage;

/// <summary>
/// The state writes of one partition waiting for the next transaction. One transaction at a time per
/// partition: whoever finds it idle starts the flush, and what arrives meanwhile rides the next one.
/// </summary>
internal sealed class StatePartitionQueue
{
    private readonly Lock _lock = new();
    private List<StateWrite> _pending = [];
    private bool _flushing;

    /// <summary>Queues a write; true for the caller that must start the flush.</summary>
    public bool Enqueue(StateWrite write)
    {
        lock (_lock)
        {
            _pending.Add(write);
            var start = !_flushing;
            _flushing = true;
            return start;
        }
    }

    /// <summary>
    /// Everything queued, one write per row (a transaction may not name a row twice; a later write
    /// for a row stays queued, in order, for the next batch), or null, ending the flush, when nothing is queued.
    /// </summary>
    public List<StateWrite>? TakeBatch()
    {
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                _flushing = false;
                return null;
            }
            var rows = new HashSet<string>(StringComparer.Ordinal);
            var batch = new List<StateWrite>(_pending.Count);
            var later = new List<StateWrite>();
            foreach (var write in _pending)
                (rows.Add(write.Row.RowKey) ? batch : later).Add(write);
            _pending = later;
            return batch;
        }
    }
}
