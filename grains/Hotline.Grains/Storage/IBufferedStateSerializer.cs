using System.Buffers;

namespace Hotline.Grains.Storage;

/// <summary>
/// A state serializer that writes into the caller's buffer, so a storage that keeps its own copy of the
/// bytes (<see cref="CompactMemoryGrainStorage"/>) serializes each write into one reused scratch buffer
/// instead of a new array that is garbage as soon as it has been packed.
/// </summary>
public interface IBufferedStateSerializer
{
    void Serialize<T>(T? input, IBufferWriter<byte> into);
}
