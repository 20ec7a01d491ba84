using System.Security.Cryptography;
using System.Text;

namespace Hotline.Intelligence.Routing;

/// <summary>
/// The byte layout of a saved classifier: a small header (what it was trained on and when, how text is cut)
/// followed by the ML.NET model zip and its SHA-256. The header is versioned and the hash checked so an old or
/// damaged blob is refused clearly instead of failing deep inside ML.NET.
/// </summary>
internal sealed record ModelEnvelope(TextTokenization Tokenization, int TrainedOn, DateTimeOffset TrainedAt, byte[] Model)
{
    private const string Magic = "HLRT";
    private const int Version = 1;

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream(Model.Length + 64);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Encoding.ASCII.GetBytes(Magic));
            writer.Write(Version);
            writer.Write((int)Tokenization);
            writer.Write(TrainedOn);
            writer.Write(TrainedAt.UtcTicks);
            writer.Write((short)TrainedAt.Offset.TotalMinutes);
            writer.Write(Model.Length);
            writer.Write(Model);
            writer.Write(SHA256.HashData(Model));
        }
        return stream.ToArray();
    }

    public static ModelEnvelope Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic)
            {
                throw new ArgumentException("Not a routing classifier model (bad header).", nameof(bytes));
            }
            var version = reader.ReadInt32();
            if (version != Version)
            {
                throw new ArgumentException($"Routing classifier model version {version} is not supported (expected {Version}).", nameof(bytes));
            }
            var tokenization = (TextTokenization)reader.ReadInt32();
            var trainedOn = reader.ReadInt32();
            var utcTicks = reader.ReadInt64();
            var offset = TimeSpan.FromMinutes(reader.ReadInt16());
            var length = reader.ReadInt32();
            var model = reader.ReadBytes(length);
            var hash = reader.ReadBytes(SHA256.HashSizeInBytes);
            if (model.Length != length || !Enum.IsDefined(tokenization) || !hash.AsSpan().SequenceEqual(SHA256.HashData(model)))
            {
                throw new ArgumentException("Routing classifier model is truncated or corrupt (checksum mismatch).", nameof(bytes));
            }
            var trainedAt = new DateTimeOffset(utcTicks, TimeSpan.Zero).ToOffset(offset);
            return new ModelEnvelope(tokenization, trainedOn, trainedAt, model);
        }
        catch (EndOfStreamException e)
        {
            throw new ArgumentException("Routing classifier model is truncated.", nameof(bytes), e);
        }
    }
}
