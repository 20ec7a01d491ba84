using Azure.Data.Tables;

namespace Hotline.Grains.Storage;

/// <summary>
/// A state's serialized bytes as table columns: Brotli-packed (<see cref="CompactPayload"/>: less for
/// the storage service to parse and keep), split over binary columns of at most 64 KiB, the service's
/// limit for one property, within its 1 MiB limit for a row.
/// </summary>
public static class StateColumns
{
    public const int ChunkBytes = 64 * 1024;
    /// <summary>
    /// What one row may carry in data columns: binary travels as base64 (4/3 larger), and Azurite counts that
    /// against the 1 MiB row, so 11 columns (960 KB on the wire) leave room for the keys and the other columns.
    /// </summary>
    public const int MaxBytes = 11 * ChunkBytes;

    private const string Compressed = "Compressed";
    private const string RawLength = "RawLength";
    private const string Chunks = "Chunks";

    public static TableEntity Row(string partition, string row, ReadOnlySpan<byte> raw, string describe)
    {
        var (data, compressed) = CompactPayload.Pack(raw);
        if (data.Length > MaxBytes)
            throw new InvalidOperationException($"{describe} is {data.Length:N0} bytes packed, more than one table row holds ({MaxBytes:N0}).");
        var entity = new TableEntity(partition, row)
        {
            [Compressed] = compressed,
            [RawLength] = raw.Length,
        };
        var chunks = 0;
        for (var offset = 0; offset < data.Length || chunks == 0; offset += ChunkBytes, chunks++)
            entity[$"D{chunks}"] = data.AsSpan(offset, Math.Min(ChunkBytes, data.Length - offset)).ToArray();
        entity[Chunks] = chunks;
        return entity;
    }

    public static byte[] Raw(TableEntity entity)
    {
        var chunks = entity.GetInt32(Chunks) ?? throw new InvalidDataException($"Row {entity.PartitionKey}/{entity.RowKey} has no {Chunks} column.");
        var parts = Enumerable.Range(0, chunks).Select(i => entity.GetBinary($"D{i}")
            ?? throw new InvalidDataException($"Row {entity.PartitionKey}/{entity.RowKey} misses column D{i}.")).ToArray();
        var data = parts.Length == 1 ? parts[0] : parts.SelectMany(p => p).ToArray();
        return CompactPayload.Unpack(data, entity.GetBoolean(Compressed) ?? false, entity.GetInt32(RawLength) ?? data.Length);
    }
}
