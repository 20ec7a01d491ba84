using System.Text.Json;
using Orleans.Storage;

namespace Hotline.Grains.Storage;

/// <summary>Stores grain state as System.Text.Json, for Azure Tables and the in-memory demo alike.</summary>
public sealed class JsonGrainStateSerializer : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, StateJson.Options));

    public T Deserialize<T>(BinaryData input) => input.ToObjectFromJson<T>(StateJson.Options)!;
}
