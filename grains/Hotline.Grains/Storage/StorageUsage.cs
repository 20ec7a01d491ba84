namespace Hotline.Grains.Storage;

/// <summary>What an in-memory store holds: records (tombstones included), bytes kept, and the serialized bytes they stand for.</summary>
public readonly record struct StorageUsage(int Records, long StoredBytes, long SerializedBytes);
