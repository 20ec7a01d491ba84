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
        var rented = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(raw.Length));
        try
        {
            if (BrotliEncoder.TryCompress(raw, rented, out var written, Quality, Window) && written < raw.Length)
                return (rented.AsSpan(0, written).ToArray(), true);
            return (raw.ToArray(), false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public static byte[] Unpack(byte[] data, bool compressed, int rawLength)
    {
        if (!compressed) return data;
        var raw = new byte[rawLength];
        if (!BrotliDecoder.TryDecompress(data, raw, out var written) || written != rawLength)
            throw new InvalidDataException($"Stored state did not decompress to its recorded {rawLength} bytes.");
        return raw;
    }
}
