using Azure;
using Azure.Data.Tables;
using Hotline.Contracts.Orders;
using Orleans.Storage;

namespace Hotline.Grains.Storage;

/// <summary>
/// Grain state in Azure Tables, written through a group commit (<see cref="StateGroupCommit"/>): the
/// grains of a type share a few partitions, and writes that meet in a partition go in one entity
/// group transaction. Semantics follow Orleans' Azure Table provider: a write names the version it
/// read (or creates the row), a stale one raises <see cref="InconsistentStateException"/>, a read of
/// nothing resets the state, and so does a freshly minted order, unread (<see cref="FreshOrder"/>). A grain not found where it belongs is looked for where earlier layouts
/// put it (<see cref="EarlierPartitionFallback"/>, then <see cref="LegacyStateFallback"/>).
/// </summary>
public sealed class TableGrainStorage : IGrainStorage
{
    private readonly TableClient _table;
    private readonly IGrainStorageSerializer _serializer;
    private readonly TableStateOptions _options;
    private readonly LegacyStateFallback? _legacy;
    private readonly EarlierPartitionFallback? _earlier;
    private readonly StateGroupCommit _commit;
    private readonly TableCreation _creation;

    public TableGrainStorage(TableServiceClient tables, IGrainStorageSerializer serializer, TableStateOptions options, LegacyStateFallback? legacy)
    {
        _table = tables.GetTableClient(options.TableName);
        _serializer = serializer;
        _options = options;
        _legacy = legacy;
        _creation = new TableCreation(_table);
        _commit = new StateGroupCommit(_table, () => _creation.Ensure());
        if (options.EarlierPartitions is { } earlier && earlier != options.Partitions)
            _earlier = new EarlierPartitionFallback(_table, serializer, options.ServiceId, options.Partitions, earlier);
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        // A freshly minted order starts empty without asking (see FreshOrder): its first write inserts.
        if (FreshOrder.IsNamed(grainId))
        {
            Reset(grainState);
            return;
        }
        await _creation.Ensure();
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition(grainId), StateRowKeys.Row(grainId, stateName));
        if (row.HasValue && row.Value is { } entity)
        {
            grainState.State = _serializer.Deserialize<T>(new BinaryData(StateColumns.Raw(entity))) ?? Activator.CreateInstance<T>();
            grainState.ETag = entity.ETag.ToString();
            grainState.RecordExists = true;
            return;
        }
        if (_earlier is not null && await _earlier.TryRead(stateName, grainId, grainState)) return;
        if (_legacy is not null && await _legacy.TryRead(stateName, grainId, grainState)) return;
        Reset(grainState);
    }

    private static void Reset<T>(IGrainState<T> grainState)
    {
        grainState.State = Activator.CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var raw = _serializer.Serialize(grainState.State).ToMemory();
        var row = StateColumns.Row(Partition(grainId), StateRowKeys.Row(grainId, stateName), raw.Span, $"State '{stateName}' of {grainId}");
        var movedFrom = EarlierPartitionFallback.MovedFrom(grainState.ETag);
        var write = grainState.ETag is { } etag && movedFrom is null
            ? new StateWrite(StateWriteKind.Replace, row, new ETag(etag))
            : new StateWrite(StateWriteKind.Insert, row, default);
        grainState.ETag = (await _commit.Submit(write)).ToString();
        grainState.RecordExists = true;
        // Only once the state is where it belongs does its earlier row go (a crash in between leaves a
        // row that is never read again while the current one exists; Clear removes it too).
        if (movedFrom is not null) await _earlier!.Forget(stateName, grainId, movedFrom);
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (grainState.ETag is { } etag && EarlierPartitionFallback.MovedFrom(etag) is null)
            await _commit.Submit(new StateWrite(StateWriteKind.Delete, new TableEntity(Partition(grainId), StateRowKeys.Row(grainId, stateName)), new ETag(etag)));
        if (_earlier is not null) await _earlier.Forget(stateName, grainId, etag: null);
        if (_legacy is not null) await _legacy.Clear<T>(stateName, grainId);
        Reset(grainState);
    }

    private string Partition(GrainId grainId) => StateRowKeys.Partition(_options.ServiceId, grainId, _options.Partitions);
}
