using Azure;
using Azure.Data.Tables;
using Orleans.Storage;

namespace Hotline.Grains.Storage;

/// <summary>
/// States an earlier version wrote with Orleans' Azure Table provider (HotlineState, one partition per
/// grain). A grain with no row in the new layout is read from there, once per activation, and its
/// next write lands in the new layout. Whether there is anything to read is asked once per silo, so a
/// deployment that never had the old layout (or tests, or the bench) pays no extra read.
/// </summary>
public sealed class LegacyStateFallback(TableServiceClient tables, string serviceId, IGrainStorage legacy)
{
    private readonly Lazy<Task<bool>> _present = new(() => Present(tables, serviceId));

    /// <summary>Reads the old row into <paramref name="grainState"/>; false (state untouched) when there is none.</summary>
    public async Task<bool> TryRead<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (!await _present.Value) return false;
        await legacy.ReadStateAsync(stateName, grainId, grainState);
        if (!grainState.RecordExists) return false;
        // Its ETag belongs to the old table: the grain's first write creates its row in the new one.
        grainState.ETag = null;
        return true;
    }

    /// <summary>Removes the old row too, so a cleared state does not come back from the old layout.</summary>
    public async Task Clear<T>(string stateName, GrainId grainId)
    {
        if (!await _present.Value) return;
        var old = new GrainState<T>();
        await legacy.ReadStateAsync(stateName, grainId, old);
        if (old.RecordExists) await legacy.ClearStateAsync(stateName, grainId, old);
    }

    private static async Task<bool> Present(TableServiceClient tables, string serviceId)
    {
        try
        {
            // The old provider's partition keys start with the service id and '_'; '`' is the next character.
            var filter = TableClient.CreateQueryFilter($"PartitionKey ge {serviceId + "_"} and PartitionKey lt {serviceId + "`"}");
            await foreach (var _ in tables.GetTableClient(TableStateOptions.LegacyTable).QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["PartitionKey"]))
                return true;
            return false;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }
}
