namespace Hotline.Dashboard.Evidence;

/// <summary>What is known about a stored evidence file (现场照片, 整改通知书…), without its bytes.</summary>
public sealed record EvidenceFile(string Id, string FileName, string ContentType, long Size, string UploadedBy, DateTimeOffset UploadedAt)
{
    public string Url => EvidenceEndpoints.UrlOf(Id);
}

/// <summary>A stored file opened for reading. The caller disposes the content.</summary>
public sealed record EvidenceDownload(EvidenceFile File, Stream Content);
