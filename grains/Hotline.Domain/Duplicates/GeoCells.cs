using System.Globalization;

namespace Hotline.Domain.Duplicates;

/// <summary>
/// A fixed latitude/longitude grid, so storage can partition orders by cell and find the neighbours of a point
/// by reading the few cells that cover a circle around it.
/// </summary>
/// <remarks>
/// Default cell: 0.01° × 0.01°, about 1.11 km north–south and 0.88 km east–west at Lüliang (37.5° N).
/// With the default 200 m radius a lookup touches 1 to 4 cells (at most 2 × 2), so a duplicate check is a handful
/// of partition reads; and a cell is about a city block group, small enough that one week of orders in it stays
/// in the tens even in the busiest winter heating weeks. Much smaller cells multiply the reads per lookup; much
/// larger ones turn every lookup into a scan of a district. Keys carry the cell size, so a later change of size
/// never mixes two grids.
/// </remarks>
public static class GeoCells
{
    public const double DefaultCellDegrees = 0.01;

    /// <summary>Widens the covering box by ~1 cm, so floating-point rounding at a cell edge never loses a cell.</summary>
    private const double MarginDegrees = 1e-7;

    /// <summary>The key of the cell holding (lat, lon), e.g. "0.01:12752:29114" (size:row:column).</summary>
    public static string Key(double lat, double lon, double cellDegrees = DefaultCellDegrees)
    {
        var columns = ColumnCount(cellDegrees);
        CheckPoint(lat, lon);
        return Format(cellDegrees, Row(lat, cellDegrees), Column(NormalizeLon(lon), cellDegrees, columns));
    }

    /// <summary>Every cell that holds a point within <paramref name="radiusMeters"/> of (lat, lon).</summary>
    public static IReadOnlySet<string> Cover(double lat, double lon, double radiusMeters, double cellDegrees = DefaultCellDegrees)
    {
        var columns = ColumnCount(cellDegrees);
        CheckPoint(lat, lon);
        if (!double.IsFinite(radiusMeters) || radiusMeters < 0)
            throw new ArgumentOutOfRangeException(nameof(radiusMeters), radiusMeters, "Radius must be finite and not negative.");

        // On a sphere every point within angular distance d of the centre lies within d of its latitude, and within
        // asin(sin d / cos lat) of its longitude unless the cap reaches a pole (then all longitudes).
        var angle = radiusMeters / GeoDistance.EarthRadiusMeters;
        var dLat = GeoDistance.Degrees(angle) + MarginDegrees;
        var minLat = Math.Max(-90, lat - dLat);
        var maxLat = Math.Min(90, lat + dLat);
        var centre = NormalizeLon(lon);
        var allColumns = maxLat >= 90 || minLat <= -90 || angle >= Math.PI / 2;
        var dLon = allColumns ? 180 : GeoDistance.Degrees(Math.Asin(Math.Min(1, Math.Sin(angle) / Math.Cos(GeoDistance.Radians(lat))))) + MarginDegrees;

        var first = (long)Math.Floor((centre - dLon + 180) / cellDegrees);
        var last = (long)Math.Floor((centre + dLon + 180) / cellDegrees);
        if (allColumns || last - first + 1 >= columns) (first, last) = (0, columns - 1);

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var row = Row(minLat, cellDegrees); row <= Row(maxLat, cellDegrees); row++)
            for (var column = first; column <= last; column++)
                keys.Add(Format(cellDegrees, row, ((column % columns) + columns) % columns));
        return keys;
    }

    private static long Row(double lat, double size) => (long)Math.Floor((lat + 90) / size);

    private static long Column(double normalizedLon, double size, long columns) =>
        Math.Clamp((long)Math.Floor((normalizedLon + 180) / size), 0, columns - 1);

    /// <summary>Into [-180, 180).</summary>
    private static double NormalizeLon(double lon) => lon - 360 * Math.Floor((lon + 180) / 360);

    private static string Format(double size, long row, long column) =>
        string.Create(CultureInfo.InvariantCulture, $"{size:R}:{row}:{column}");

    private static long ColumnCount(double size)
    {
        var count = 360 / size;
        if (!double.IsFinite(size) || size <= 0 || size > 90 || Math.Abs(count - Math.Round(count)) > 1e-6)
            throw new ArgumentOutOfRangeException(nameof(size), size, "Cell size must divide 360 degrees evenly and be at most 90.");
        return (long)Math.Round(count);
    }

    private static void CheckPoint(double lat, double lon)
    {
        if (!double.IsFinite(lat) || lat is < -90 or > 90) throw new ArgumentOutOfRangeException(nameof(lat), lat, "Latitude must be in [-90, 90].");
        if (!double.IsFinite(lon)) throw new ArgumentOutOfRangeException(nameof(lon), lon, "Longitude must be finite.");
    }
}
