using System.Collections.Concurrent;
using System.Globalization;
using Orleans.Storage;

namespace Hotline.Grains.Storage;

/// <summary>
/// Grain state for the in-memory (single-silo) mode, kept in this process as compressed serialized
/// bytes. Orleans' MemoryGrainStorage keeps the full UTF-8 JSON behind a string key and a GUID
/// ETag, and reaches it through a storage grain call per read and write; here the key is the grain
/// id the activation already holds, the ETag a counter, and a write costs no message. Semantics
/// follow the Azure Tables provider: a stale ETag raises <see cref="InconsistentStateException"/>,
/// a read of nothing resets the state, and every read returns a fresh copy, never a live object.
/// </summary>
public sealed class CompactMemoryGrainStorage(IGrainStorageSerializer serializer) : IGrainStorage
{
    private readonly ConcurrentDictionary<(string StateName, GrainId Grain), StoredState> _records = new();
    private long _version;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_records.TryGetValue((stateName, grainId), out var stored) && stored.Data is { } data)
        {
            var raw = CompactPayload.Unpack(data, stored.Compressed, stored.RawLength);
            grainState.State = serializer.Deserialize<T>(new BinaryData(raw)) ?? Activator.CreateInstance<T>();
            grainState.ETag = ETagOf(stored.Version);
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = stored is null ? null : ETagOf(stored.Version);
            grainState.RecordExists = false;
        }
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var raw = serializer.Serialize(grainState.State).ToMemory();
        var (data, compressed) = CompactPayload.Pack(raw.Span);
        var written = Replace(stateName, grainId, grainState.ETag, version => new StoredState(data, compressed, raw.Length, version));
        grainState.ETag = ETagOf(written.Version);
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        // A tombstone keeps the version, so an activation still holding the cleared record's ETag is refused.
        var cleared = Replace(stateName, grainId, grainState.ETag, version => new StoredState(null, false, 0, version));
        grainState.ETag = ETagOf(cleared.Version);
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    /// <summary>Records (tombstones included), stored bytes and the serialized bytes they stand for, for memory diagnostics.</summary>
    public StorageUsage Usage()
    {
        var usage = new StorageUsage(0, 0, 0);
        foreach (var stored in _records.Values)
            usage = new StorageUsage(usage.Records + 1, usage.StoredBytes + (stored.Data?.Length ?? 0), usage.SerializedBytes + stored.RawLength);
        return usage;
    }

    private StoredState Replace(string stateName, GrainId grainId, string? expectedETag, Func<long, StoredState> next)
    {
        var key = (stateName, grainId);
        while (true)
        {
            var version = Interlocked.Increment(ref _version);
            if (!_records.TryGetValue(key, out var current))
            {
                if (expectedETag is not null) throw Conflict(stateName, grainId, expectedETag, null);
                var created = next(version);
                if (_records.TryAdd(key, created)) return created;
                continue;
            }
            // A cleared record may also be rewritten by a grain that never saw it (null ETag), like a new one.
            var matches = expectedETag == ETagOf(current.Version) || (current.Data is null && expectedETag is null);
            if (!matches) throw Conflict(stateName, grainId, expectedETag, ETagOf(current.Version));
            var replaced = next(version);
            // Compared by reference: losing the race to another writer means the ETag is stale now.
            if (_records.TryUpdate(key, replaced, current)) return replaced;
        }
    }

    private static string ETagOf(long version) => version.ToString(CultureInfo.InvariantCulture);

    private static InconsistentStateException Conflict(string stateName, GrainId grainId, string? expected, string? current) =>
        new($"State '{stateName}' of {grainId} changed since it was read (ETag {expected ?? "none"}, stored {current ?? "none"}).",
            expected ?? string.Empty, current ?? string.Empty);

    /// <summary>A class, not a record: the dictionary's compare-and-swap must compare references.</summary>
    private sealed class StoredState(byte[]? data, bool compressed, int rawLength, long version)
    {
        public byte[]? Data { get; } = data;
        public bool Compressed { get; } = compressed;
        public int RawLength { get; } = rawLength;
        public long Version { get; } = version;
    }
}
