using System.Buffers;
using System.IO.Compression;

namespace Hotline.Grains.Storage;

/// <summary>
/// Brotli at its fastest level for stored state: grain-state JSON (Chinese text, repeated property
/// names) shrinks several times for a few microseconds per write, and reads happen only on activation.
/// A payload that would not shrink is kept as it is.
/// </summary>
public static class CompactPayload
{
    private const int Quality = 1;
    private const int Window = 22;

    /// <summary>The bytes to keep, and whether they are compressed.</summary>
    public static (byte[] Data, bool Compressed) Pack(ReadOnlySpan<byte> raw)
    {
        var rented = Rent(raw);
        try
        {
            return Compress(raw, rented) is var written and > 0 ? (rented.AsSpan(0, written).ToArray(), true) : (raw.ToArray(), false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Packs <paramref name="raw"/> into <paramref name="buffer"/> when it fits there, else into a new array
    /// with room to grow (returned in <paramref name="buffer"/>): a state rewritten in place allocates nothing
    /// that outlives the write. Compresses unless told not to. Returns the packed length and whether it is compressed.
    /// </summary>
    public static (int Length, bool Compressed) PackInto(ReadOnlySpan<byte> raw, ref byte[]? buffer, bool compress = true)
    {
        if (!compress) return (Keep(raw, ref buffer), false);
        var rented = Rent(raw);
        try
        {
            var written = Compress(raw, rented);
            return written > 0 ? (Keep(rented.AsSpan(0, written), ref buffer), true) : (Keep(raw, ref buffer), false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static int Keep(ReadOnlySpan<byte> packed, ref byte[]? buffer)
    {
        if (buffer is null || buffer.Length < packed.Length) buffer = LongLived(WithRoom(packed.Length));
        packed.CopyTo(buffer);
        return packed.Length;
    }

    public static byte[] Unpack(byte[] data, bool compressed, int rawLength) =>
        compressed ? Unpack(data.AsSpan(), rawLength) : data;

    public static byte[] Unpack(ReadOnlySpan<byte> data, int rawLength)
    {
        var raw = new byte[rawLength];
        if (!BrotliDecoder.TryDecompress(data, raw, out var written) || written != rawLength)
            throw new InvalidDataException($"Stored state did not decompress to its recorded {rawLength} bytes.");
        return raw;
    }

    private static byte[] Rent(ReadOnlySpan<byte> raw) => ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(raw.Length));

    /// <summary>The compressed length in <paramref name="into"/>, or 0 when compressing would not shrink the payload.</summary>
    private static int Compress(ReadOnlySpan<byte> raw, byte[] into) =>
        BrotliEncoder.TryCompress(raw, into, out var written, Quality, Window) && written < raw.Length ? written : 0;

    /// <summary>
    /// A stored state's buffer lives as long as its record, minutes to days, and holds no references. Allocated
    /// young, it was copied by the collection after its write and again into gen2: at a thousand transitions a
    /// second the buffers of orders that had outgrown their room were an eighth of what each young collection of
    /// a board phase kept. The pinned object heap belongs to gen2: young collections neither copy nor scan it,
    /// and a replaced buffer's space is reused by the next one once a gen2 collection has freed it.
    /// </summary>
    private static byte[] LongLived(int length) => GC.AllocateUninitializedArray<byte>(length, pinned: true);

    /// <summary>An order grows by an event or two a transition: an eighth more, rounded up to 64 bytes, holds a few.</summary>
    private static int WithRoom(int length) => (length + length / 8 + 63) & ~63;
}
