using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Hotline.Grains.Routing;

/// <summary>Models as blobs "{name}/v{version}.zip" in container "models": several MB, too big for a table row.</summary>
public sealed class BlobModelStore(BlobServiceClient service, IOptions<ClusterOptions> cluster) : IModelStore
{
    private readonly BlobContainerClient _container = service.GetBlobContainerClient("models");
    private Task? _created;

    public async Task Save(string name, int version, byte[] model, CancellationToken cancellationToken = default)
    {
        await (_created ??= _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken));
        await _container.GetBlobClient(BlobName(name, version)).UploadAsync(new BinaryData(model), overwrite: true, cancellationToken);
    }

    public async Task<byte[]?> Load(string name, int version, CancellationToken cancellationToken = default)
    {
        await (_created ??= _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken));
        try
        {
            var content = await _container.GetBlobClient(BlobName(name, version)).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private string BlobName(string name, int version) => $"{cluster.Value.ServiceId}/{name}/v{version}.zip";
}
