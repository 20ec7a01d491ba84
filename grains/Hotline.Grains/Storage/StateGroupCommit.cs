using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Orleans.Storage;

namespace Hotline.Grains.Storage;

/// <summary>
/// Group commit for grain state: writes to one partition that arrive while a transaction for it is
/// in flight go together in the next entity group transaction (<see cref="TransactionChunks"/>). On a
/// storage service that spends most of a request on the request itself (Azurite: 16 rows in one
/// transaction cost about a quarter of 16 single writes) that is most of a write's cost. Idle,
/// nothing waits: a lone write goes at once, as a single request. Each write keeps its own
/// condition (insert, or the ETag it read); a grain's task completes only when its row committed,
/// so nothing is acknowledged before it is durable.
/// </summary>
internal sealed class StateGroupCommit(TableClient table, Func<Task> ensureTable)
{
    private readonly ConcurrentDictionary<string, StatePartitionQueue> _partitions = new(StringComparer.Ordinal);

    public Task<ETag> Submit(StateWrite write)
    {
        var queue = _partitions.GetOrAdd(write.Row.PartitionKey, _ => new StatePartitionQueue());
        // Off the caller's scheduler (a grain's): the flush serves every writer of the partition.
        if (queue.Enqueue(write)) _ = Task.Run(() => Flush(queue));
        return write.Done;
    }

    private async Task Flush(StatePartitionQueue queue)
    {
        while (queue.TakeBatch() is { } batch)
        {
            try
            {
                await ensureTable();
            }
            catch (Exception e)
            {
                foreach (var write in batch) write.Fail(e);
                continue;
            }
            await Task.WhenAll(TransactionChunks.Of(batch, w => w.Row).Select(Commit));
        }
    }

    /// <summary>
    /// Commits one transaction. A row the service names as the culprit (a stale ETag) fails alone and
    /// the rest go again; if it names none, each row goes on its own so one conflict fails one grain.
    /// </summary>
    private async Task Commit(List<StateWrite> writes)
    {
        while (writes.Count > 1)
        {
            try
            {
                var response = await table.SubmitTransactionAsync(writes.Select(w => w.Action()));
                for (var i = 0; i < writes.Count; i++) writes[i].Succeed(response.Value[i].Headers.ETag ?? default);
                return;
            }
            catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex is { } culprit && culprit < writes.Count)
            {
                writes[culprit].Fail(Translate(e, writes[culprit]));
                writes = [.. writes.Where((_, i) => i != culprit)];
            }
            catch (TableTransactionFailedException)
            {
                await Task.WhenAll(writes.Select(CommitOne));
                return;
            }
            catch (Exception e)
            {
                foreach (var write in writes) write.Fail(e);
                return;
            }
        }
        if (writes.Count == 1) await CommitOne(writes[0]);
    }

    private async Task CommitOne(StateWrite write)
    {
        try
        {
            var response = write.Kind switch
            {
                StateWriteKind.Insert => await table.AddEntityAsync(write.Row),
                StateWriteKind.Replace => await table.UpdateEntityAsync(write.Row, write.Expected, TableUpdateMode.Replace),
                StateWriteKind.Upsert => await table.UpsertEntityAsync(write.Row, TableUpdateMode.Replace),
                _ => await table.DeleteEntityAsync(write.Row.PartitionKey, write.Row.RowKey, write.Expected),
            };
            // The SDK reports deleting a missing row as success; in a transaction the same delete fails the
            // row (404). One answer either way: the version named is not there.
            if (write.Kind == StateWriteKind.Delete && response.Status == 404)
                write.Fail(Translate(new RequestFailedException(404, "The row to delete was not found.", "ResourceNotFound", null), write));
            else
                write.Succeed(response.Headers.ETag ?? default);
        }
        catch (RequestFailedException e)
        {
            write.Fail(Translate(e, write));
        }
        catch (Exception e)
        {
            write.Fail(e);
        }
    }

    /// <summary>A refused condition is Orleans' "state changed since it was read"; anything else stays what it was.</summary>
    private static Exception Translate(RequestFailedException e, StateWrite write) =>
        e.Status is 404 or 409 or 412
            ? new InconsistentStateException(
                $"Row {write.Row.PartitionKey}/{write.Row.RowKey} changed since it was read ({write.Kind}, expected ETag {(write.Kind == StateWriteKind.Insert ? "none" : write.Expected.ToString())}): {e.ErrorCode ?? e.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)}.",
                write.Expected.ToString(), "unknown", e)
            : e;
}
