namespace Hotline.Dashboard.Evidence;

/// <summary>Where evidence files live: Azure Blob storage in a deployment, memory for the quick demo.</summary>
public interface IEvidenceStore
{
    Task Save(EvidenceFile file, Stream content, CancellationToken cancellationToken);

    /// <summary>The file, or null when no file has that id.</summary>
    Task<EvidenceDownload?> Open(string id, CancellationToken cancellationToken);
}
