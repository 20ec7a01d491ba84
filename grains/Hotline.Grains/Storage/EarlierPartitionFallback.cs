using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Orleans.Storage;

namespace Hotline.Grains.Storage;

/// <summary>
/// States written when a grain type's rows were spread over more partitions (an earlier version used
/// four, this one one: writes that meet in a partition share a transaction, and fewer partitions
/// means more of them meet). A grain whose earlier bucket is not its current one is read from there
/// on a miss, and its next write moves it: the row is created in the current partition and the
/// earlier one deleted. Whether a type has rows in buckets the current layout no longer uses is
/// asked once per type and silo, so a store that never had them pays no extra read.
/// </summary>
/// <remarks>
/// The earlier count must be a multiple of the current one: then a grain's current bucket is its
/// earlier bucket modulo the current count, the earlier buckets below the current count are the
/// same partitions, and only rows in buckets at or above it can be misplaced.
/// </remarks>
public sealed class EarlierPartitionFallback
{
    /// <summary>Marks a state read from an earlier bucket: the write after it creates the row where it now belongs.</summary>
    private const string MovedPrefix = "earlier-bucket:";

    private readonly TableClient _table;
    private readonly IGrainStorageSerializer _serializer;
    private readonly string _serviceId;
    private readonly int _current;
    private readonly int _earlier;
    private readonly ConcurrentDictionary<GrainType, Lazy<Task<bool>>> _present = new();

    public EarlierPartitionFallback(TableClient table, IGrainStorageSerializer serializer, string serviceId, int current, int earlier)
    {
        if (current < 1 || earlier < current || earlier % current != 0)
            throw new ArgumentException(
                $"Grain state partitions: the earlier layout's count ({earlier}) must be a multiple of the current one ({current}), " +
                "or rows written under it could not be found.", nameof(earlier));
        _table = table;
        _serializer = serializer;
        _serviceId = serviceId;
        _current = current;
        _earlier = earlier;
    }

    /// <summary>Reads the grain's row from its earlier bucket; false (state untouched) when there is none.</summary>
    public async Task<bool> TryRead<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (EarlierPartition(grainId) is not { } partition || !await Present(grainId.Type)) return false;
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(partition, StateRowKeys.Row(grainId, stateName));
        if (!row.HasValue || row.Value is not { } entity) return false;
        grainState.State = _serializer.Deserialize<T>(new BinaryData(StateColumns.Raw(entity))) ?? Activator.CreateInstance<T>();
        grainState.ETag = MovedPrefix + entity.ETag;
        grainState.RecordExists = true;
        return true;
    }

    /// <summary>The earlier row's ETag when the state was read from there (its next write is a create), else null.</summary>
    public static string? MovedFrom(string? etag) =>
        etag is not null && etag.StartsWith(MovedPrefix, StringComparison.Ordinal) ? etag[MovedPrefix.Length..] : null;

    /// <summary>
    /// Deletes the grain's earlier row: after its state moved (only that version, <paramref name="etag"/>), or
    /// when the state is cleared (any version: a row left behind by a move that stopped halfway must not
    /// come back as the grain's state once the current row is gone).
    /// </summary>
    public async Task Forget(string stateName, GrainId grainId, string? etag)
    {
        if (EarlierPartition(grainId) is not { } partition || !await Present(grainId.Type)) return;
        try
        {
            await _table.DeleteEntityAsync(partition, StateRowKeys.Row(grainId, stateName), etag is null ? ETag.All : new ETag(etag));
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Already gone, or rewritten by someone else: nothing of this grain's to remove.
        }
    }

    /// <summary>The earlier bucket's partition when it differs from the current one, else null.</summary>
    private string? EarlierPartition(GrainId grainId)
    {
        var earlier = StateRowKeys.Partition(_serviceId, grainId, _earlier);
        return earlier == StateRowKeys.Partition(_serviceId, grainId, _current) ? null : earlier;
    }

    private async Task<bool> Present(GrainType type)
    {
        var probe = _present.GetOrAdd(type, t => new Lazy<Task<bool>>(() => AnyRowBeyondCurrentBuckets(t)));
        try
        {
            return await probe.Value;
        }
        catch
        {
            // A probe that failed (storage unreachable) is asked again by the next read, not remembered.
            _present.TryRemove(KeyValuePair.Create(type, probe));
            throw;
        }
    }

    private async Task<bool> AnyRowBeyondCurrentBuckets(GrainType type)
    {
        // Buckets current..earlier-1 of the type: partition keys sort by their two-digit suffix.
        var prefix = StateRowKeys.TypePrefix(_serviceId, type);
        var from = $"{prefix}{_current:D2}";
        var to = $"{prefix}{_earlier:D2}";
        try
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {to}");
            await foreach (var _ in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["PartitionKey"]))
                return true;
            return false;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }
}
