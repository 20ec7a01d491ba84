using Azure.Data.Tables;
using Hotline.Grains.Storage;

namespace Hotline.Grains.Indexing;

/// <summary>
/// Group commit for upserts into one table: rows of one partition that arrive while a write to that
/// partition is in flight are coalesced into the next entity group transaction (up to 100 rows), so
/// sixteen concurrent writers cost about one round trip instead of sixteen. Idle, nothing waits: the
/// first row starts a flush at once. A caller's task completes when the transaction holding its row
/// (or a newer row for the same key) committed, and fails when that transaction failed.
/// </summary>
/// <remarks>
/// Per key the newest sequence wins: a row older than one already queued or in flight for its key is
/// never written after it. A partition writes one flush at a time, so a newer row queued behind an
/// in-flight one lands after it; different partitions flush in parallel.
/// </remarks>
internal sealed class TableGroupCommit(TableClient table, Func<CancellationToken, Task>? ensureTable = null)
{
    private readonly Dictionary<string, PartitionQueue> _partitions = [];

    public Task Upsert(TableEntity row, long sequence, CancellationToken cancellationToken = default)
    {
        PartitionQueue queue;
        lock (_partitions)
        {
            if (!_partitions.TryGetValue(row.PartitionKey, out queue!))
                _partitions[row.PartitionKey] = queue = new PartitionQueue();
        }
        var (written, startFlush) = queue.Enqueue(row, sequence);
        // Off the caller's scheduler (a grain's): the flush serves every caller of the partition.
        if (startFlush) _ = Task.Run(() => Flush(queue));
        return cancellationToken.CanBeCanceled ? written.WaitAsync(cancellationToken) : written;
    }

    private async Task Flush(PartitionQueue queue)
    {
        while (queue.TakeBatch() is { } batch)
        {
            try
            {
                if (ensureTable is not null) await ensureTable(CancellationToken.None);
                await Task.WhenAll(TransactionChunks.Of(batch, r => r.Row).Select(Submit));
            }
            catch (Exception e)
            {
                // Only ensureTable can get here (Submit settles its own rows): nothing was written.
                foreach (var slot in batch) slot.Fail(e);
            }
            finally
            {
                queue.Settled();
            }
        }
    }

    /// <summary>Sends one transaction; a row the service names as the culprit fails alone, the rest go again.</summary>
    private async Task Submit(List<RowSlot> rows)
    {
        while (rows.Count > 0)
        {
            try
            {
                await table.SubmitTransactionAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.Row)));
                foreach (var slot in rows) slot.Succeed();
                return;
            }
            catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex is { } culprit && culprit < rows.Count && rows.Count > 1)
            {
                rows[culprit].Fail(e);
                rows = [.. rows.Where((_, i) => i != culprit)];
            }
            catch (Exception e)
            {
                foreach (var slot in rows) slot.Fail(e);
                return;
            }
        }
    }
}
