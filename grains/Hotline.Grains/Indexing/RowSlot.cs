using Azure.Data.Tables;

namespace Hotline.Grains.Indexing;

/// <summary>One key's row in a batch: the newest row offered for the key, and the task its callers await.</summary>
internal sealed class RowSlot(TableEntity row, long sequence)
{
    // Callers' continuations (grain turns, other writers) must not run on the flushing thread.
    private readonly TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TableEntity Row { get; private set; } = row;

    public long Sequence { get; private set; } = sequence;

    public Task Written => _written.Task;

    /// <summary>Keeps the newer row; at an equal sequence the later caller's row, which saw more.</summary>
    public void Offer(TableEntity row, long sequence)
    {
        if (sequence < Sequence) return;
        Row = row;
        Sequence = sequence;
    }

    public void Succeed() => _written.TrySetResult();

    public void Fail(Exception error) => _written.TrySetException(error);
}
