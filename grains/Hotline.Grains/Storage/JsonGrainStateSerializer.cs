using System.Buffers;
using System.Text.Json;
using Orleans.Storage;

namespace Hotline.Grains.Storage;

/// <summary>Stores grain state as System.Text.Json, for Azure Tables and the in-memory demo alike.</summary>
public sealed class JsonGrainStateSerializer : IGrainStorageSerializer, IBufferedStateSerializer
{
    // The writer the serializer itself would make (same encoder, no re-validation of its own output).
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = StateJson.Options.Encoder,
        SkipValidation = true,
    };

    // One writer per thread, pointed at each call's buffer: serializing into a caller's buffer then allocates nothing.
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, StateJson.Options));

    public void Serialize<T>(T? input, IBufferWriter<byte> into)
    {
        var writer = t_writer;
        if (writer is null) t_writer = writer = new Utf8JsonWriter(into, WriterOptions);
        else writer.Reset(into);
        try
        {
            JsonSerializer.Serialize(writer, input, StateJson.Options);
            writer.Flush();
        }
        finally
        {
            // Let go of the caller's buffer: a thread's writer must not keep it reachable.
            writer.Reset(Stream.Null);
        }
    }

    public T Deserialize<T>(BinaryData input) => input.ToObjectFromJson<T>(StateJson.Options)!;
}
