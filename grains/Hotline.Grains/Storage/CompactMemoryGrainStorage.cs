using System.Buffers;
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
/// <remarks>
/// A write packs into the record's own buffer when the new bytes fit (<see cref="CompactPayload.PackInto"/>).
/// A new array per write lived until that order's next write, seconds later: long enough to be copied by
/// two young collections and promoted, at a thousand transitions a second a quarter of all the bytes each
/// collection of the silo copied, and the longer those pauses, the longer the board's tail.
/// </remarks>
/// <param name="compress">
/// Brotli on every write (the default, as the silo runs): a quarter to a third of the bytes held per state, at
/// about one more grain call's worth of CPU per write. The bench's state-write floor measures both (bench/…/Suite/StateWriteFloor.cs).
/// </param>
public sealed class CompactMemoryGrainStorage(IGrainStorageSerializer serializer, bool compress = true) : IGrainStorage
{
    // Each write's JSON goes into its thread's scratch buffer before it is packed: a new array per write was
    // the largest single allocation of a transition (a tenth of its bytes), garbage as soon as it was packed.
    private const int ScratchStart = 16 * 1024;
    private const int ScratchKept = 1024 * 1024;
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_scratch;

    private readonly ConcurrentDictionary<(string StateName, GrainId Grain), StoredRecord> _records = new();
    private long _version;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        byte[]? raw = null;
        string? etag = null;
        if (_records.TryGetValue((stateName, grainId), out var record))
        {
            lock (record)
            {
                if (record.Version > 0) etag = ETagOf(record.Version);
                // Copied out under the lock: the buffer is rewritten in place by the next write.
                if (record.Data is { } data)
                    raw = record.Compressed ? CompactPayload.Unpack(data.AsSpan(0, record.Length), record.RawLength) : data.AsSpan(0, record.Length).ToArray();
            }
        }
        grainState.State = raw is null ? Activator.CreateInstance<T>() : serializer.Deserialize<T>(new BinaryData(raw)) ?? Activator.CreateInstance<T>();
        grainState.ETag = etag;
        grainState.RecordExists = raw is not null;
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (serializer is IBufferedStateSerializer buffered)
        {
            // Synchronous from here to the pack: the thread's scratch buffer cannot be shared meanwhile.
            var scratch = t_scratch ??= new ArrayBufferWriter<byte>(ScratchStart);
            scratch.ResetWrittenCount();
            buffered.Serialize(grainState.State, scratch);
            Store(stateName, grainId, grainState, scratch.WrittenSpan);
            if (scratch.Capacity > ScratchKept) t_scratch = null;
        }
        else
        {
            Store(stateName, grainId, grainState, serializer.Serialize(grainState.State).ToMemory().Span);
        }
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    private void Store<T>(string stateName, GrainId grainId, IGrainState<T> grainState, ReadOnlySpan<byte> raw)
    {
        var record = _records.GetOrAdd((stateName, grainId), static _ => new StoredRecord());
        lock (record)
        {
            Check(record, stateName, grainId, grainState.ETag);
            var (length, compressed) = CompactPayload.PackInto(raw, ref record.Data, compress);
            record.Length = length;
            record.Compressed = compressed;
            record.RawLength = raw.Length;
            record.Version = Interlocked.Increment(ref _version);
            grainState.ETag = ETagOf(record.Version);
        }
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var record = _records.GetOrAdd((stateName, grainId), static _ => new StoredRecord());
        lock (record)
        {
            Check(record, stateName, grainId, grainState.ETag);
            // A tombstone keeps a version, so an activation still holding the cleared record's ETag is refused.
            record.Data = null;
            record.Length = record.RawLength = 0;
            record.Version = Interlocked.Increment(ref _version);
            grainState.ETag = ETagOf(record.Version);
        }
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    /// <summary>Records (tombstones included), bytes held for them and the serialized bytes they stand for, for memory diagnostics.</summary>
    public StorageUsage Usage()
    {
        var usage = new StorageUsage(0, 0, 0);
        foreach (var record in _records.Values)
            lock (record)
                if (record.Version > 0)
                    usage = new StorageUsage(usage.Records + 1, usage.StoredBytes + (record.Data?.Length ?? 0), usage.SerializedBytes + record.RawLength);
        return usage;
    }

    /// <summary>
    /// The writer must hold the record's current ETag; a record never written or cleared may also be
    /// written by a grain that never saw it (no ETag), like a new one.
    /// </summary>
    private static void Check(StoredRecord record, string stateName, GrainId grainId, string? expected)
    {
        // Compared as numbers: no ETag string is made for a write that matches, the usual case.
        if (record.Data is null && expected is null) return;
        if (record.Version > 0 && long.TryParse(expected, NumberStyles.None, CultureInfo.InvariantCulture, out var held) && held == record.Version) return;
        var current = record.Version > 0 ? ETagOf(record.Version) : null;
        throw new InconsistentStateException(
            $"State '{stateName}' of {grainId} changed since it was read (ETag {expected ?? "none"}, stored {current ?? "none"}).",
            expected ?? string.Empty, current ?? string.Empty);
    }

    private static string ETagOf(long version) => version.ToString(CultureInfo.InvariantCulture);

    /// <summary>One grain's stored state, changed only under its own lock. Version 0: never written.</summary>
    private sealed class StoredRecord
    {
        public byte[]? Data;
        public int Length;
        public bool Compressed;
        public int RawLength;
        public long Version;
    }
}
