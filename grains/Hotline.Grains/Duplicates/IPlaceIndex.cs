namespace Hotline.Grains.Duplicates;

/// <summary>Orders by topic and map cell, so "same place, same topic, recently" is a few partition reads.</summary>
public interface IPlaceIndex
{
    Task Add(PlaceRow row, CancellationToken cancellationToken = default);

    /// <summary>Rows of <paramref name="topic"/> in the cells covering the circle, received at or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<PlaceRow>> Near(string topic, double lat, double lon, double radiusMeters, DateTimeOffset since, CancellationToken cancellationToken = default);
}
