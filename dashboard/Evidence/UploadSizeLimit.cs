using Microsoft.AspNetCore.Http.Metadata;

namespace Hotline.Dashboard.Evidence;

/// <summary>Lets the server refuse an oversized upload body early, instead of buffering all of it.</summary>
public sealed class UploadSizeLimit(long maxBytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => maxBytes;
}
