using System.Collections.Concurrent;
using Hotline.Domain.Duplicates;

namespace Hotline.Grains.Duplicates;

public sealed class InMemoryPlaceIndex : IPlaceIndex
{
    private readonly ConcurrentDictionary<string, PlaceRow> _rows = new();

    public Task Add(PlaceRow row, CancellationToken cancellationToken = default)
    {
        _rows[row.OrderId] = row;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PlaceRow>> Near(string topic, double lat, double lon, double radiusMeters, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var cells = GeoCells.Cover(lat, lon, radiusMeters);
        return Task.FromResult<IReadOnlyList<PlaceRow>>(_rows.Values
            .Where(r => r.Topic == topic && r.ReceivedAt >= since && cells.Contains(GeoCells.Key(r.Lat, r.Lon)))
            .ToArray());
    }
}
