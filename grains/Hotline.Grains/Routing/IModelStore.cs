namespace Hotline.Grains.Routing;

/// <summary>Trained model bytes by name and version (Azure Blob storage; memory in the in-memory mode).</summary>
public interface IModelStore
{
    Task Save(string name, int version, byte[] model, CancellationToken cancellationToken = default);

    Task<byte[]?> Load(string name, int version, CancellationToken cancellationToken = default);
}
