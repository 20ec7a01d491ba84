using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Hotline.Dashboard.Evidence;

/// <summary>
/// Evidence in the "evidence" blob container, one blob per file named by its id. The content type is a
/// blob header; the original name, size and uploader are metadata (URL-escaped: metadata is ASCII only).
/// </summary>
public sealed class BlobEvidenceStore(BlobServiceClient service) : IEvidenceStore
{
    public const string ContainerName = "evidence";

    private readonly BlobContainerClient _container = service.GetBlobContainerClient(ContainerName);
    private volatile bool _containerExists;

    public async Task Save(EvidenceFile file, Stream content, CancellationToken cancellationToken)
    {
        await EnsureContainer(cancellationToken);
        await _container.GetBlobClient(file.Id).UploadAsync(content, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = file.ContentType },
            Metadata = new Dictionary<string, string>
            {
                ["filename"] = Uri.EscapeDataString(file.FileName),
                ["uploadedby"] = Uri.EscapeDataString(file.UploadedBy),
                ["uploadedat"] = file.UploadedAt.ToString("O"),
            },
            // Ids are fresh GUIDs; refusing to overwrite makes sure a stored file never changes.
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        }, cancellationToken);
    }

    public async Task<EvidenceDownload?> Open(string id, CancellationToken cancellationToken)
    {
        try
        {
            var download = await _container.GetBlobClient(id).DownloadStreamingAsync(cancellationToken: cancellationToken);
            var details = download.Value.Details;
            var metadata = details.Metadata;
            var file = new EvidenceFile(
                id,
                metadata.TryGetValue("filename", out var name) ? Uri.UnescapeDataString(name) : id,
                details.ContentType,
                details.ContentLength,
                metadata.TryGetValue("uploadedby", out var by) ? Uri.UnescapeDataString(by) : "",
                metadata.TryGetValue("uploadedat", out var at) && DateTimeOffset.TryParse(at, out var when) ? when : details.LastModified);
            return new EvidenceDownload(file, download.Value.Content);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private async Task EnsureContainer(CancellationToken cancellationToken)
    {
        if (_containerExists) return;
        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        _containerExists = true;
    }
}
