using System.Collections.Concurrent;

namespace Hotline.Dashboard.Evidence;

/// <summary>Evidence for Storage=InMemory: gone when the dashboard stops.</summary>
public sealed class InMemoryEvidenceStore : IEvidenceStore
{
    private readonly ConcurrentDictionary<string, (EvidenceFile File, byte[] Bytes)> _files = new(StringComparer.Ordinal);

    public async Task Save(EvidenceFile file, Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (!_files.TryAdd(file.Id, (file, buffer.ToArray())))
            throw new InvalidOperationException($"Evidence {file.Id} exists already.");
    }

    public Task<EvidenceDownload?> Open(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_files.TryGetValue(id, out var stored)
            ? new EvidenceDownload(stored.File, new MemoryStream(stored.Bytes, writable: false))
            : null);
}
