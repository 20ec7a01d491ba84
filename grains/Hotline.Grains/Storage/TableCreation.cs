using Azure.Data.Tables;

namespace Hotline.Grains.Storage;

/// <summary>
/// Creates a table once per process for every caller that needs it; a failed or cancelled attempt is
/// not kept, the next caller tries again (Azurite may come up after the silo).
/// </summary>
internal sealed class TableCreation(TableClient table)
{
    private readonly Lock _lock = new();
    private Task? _created;

    public Task Ensure(CancellationToken cancellationToken = default)
    {
        Task created;
        lock (_lock)
        {
            if (_created is null || _created.IsFaulted || _created.IsCanceled)
                _created = table.CreateIfNotExistsAsync(CancellationToken.None);
            created = _created;
        }
        return cancellationToken.CanBeCanceled ? created.WaitAsync(cancellationToken) : created;
    }
}
