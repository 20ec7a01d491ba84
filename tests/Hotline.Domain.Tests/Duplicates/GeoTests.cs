using Hotline.Domain.Duplicates;

namespace Hotline.Domain.Tests.Duplicates;

public sealed class GeoTests
{
    [Fact]
    public void Haversine_matches_known_distances()
    {
        Assert.Equal(0, GeoDistance.Meters(37.52, 111.14, 37.52, 111.14));
        Assert.Equal(111_195, GeoDistance.Meters(37, 111, 38, 111), 0);
        // Lüliang (Lishi) to Taiyuan: about 130 km as the crow flies (equirectangular estimate 130.5 km).
        Assert.InRange(GeoDistance.Meters(37.519, 111.134, 37.870, 112.549), 129_500, 131_500);
        Assert.Equal(GeoDistance.Meters(10, 179.9, 10, -179.9), GeoDistance.Meters(10, -0.1, 10, 0.1), 3);
    }

    [Fact]
    public void A_key_names_the_size_row_and_column_and_wraps_longitude()
    {
        Assert.Equal("0.01:12752:29114", GeoCells.Key(37.525, 111.145));
        Assert.Equal(GeoCells.Key(37.525, 111.145), GeoCells.Key(37.525, 111.145 - 360));
        Assert.NotEqual(GeoCells.Key(37.525, 111.145), GeoCells.Key(37.525, 111.145, 0.05));
    }

    [Fact]
    public void The_default_radius_touches_at_most_four_cells_at_the_city()
    {
        Assert.InRange(GeoCells.Cover(37.5205, 111.1405, 200).Count, 1, 4);
        Assert.Single(GeoCells.Cover(37.525, 111.145, 200));
    }

    [Theory]
    [InlineData(37.0, 110.0, 38.5, 112.0, 0.01)] // Lüliang and around
    [InlineData(-80, -180, 80, 180, 0.01)]      // anywhere but the polar caps
    [InlineData(-60, 170, 60, 190, 0.05)]       // across the antimeridian
    [InlineData(88.5, -180, 90, 180, 0.1)]      // near and over the north pole
    public void Every_point_within_the_radius_falls_in_a_covering_cell(double minLat, double minLon, double maxLat, double maxLon, double cell)
    {
        var random = new Random(12345);
        for (var circle = 0; circle < 300; circle++)
        {
            var lat = minLat + random.NextDouble() * (maxLat - minLat);
            var lon = minLon + random.NextDouble() * (maxLon - minLon);
            var radius = random.NextDouble() < 0.5 ? 5 + random.NextDouble() * 400 : 5 + random.NextDouble() * 20_000;
            var cover = GeoCells.Cover(lat, lon, radius, cell);

            for (var point = 0; point < 40; point++)
            {
                // Bias towards the rim, where a missing cell would show.
                var distance = radius * Math.Sqrt(random.NextDouble() < 0.5 ? 1 : random.NextDouble());
                var (pLat, pLon) = Destination(lat, lon, random.NextDouble() * 360, distance);
                if (GeoDistance.Meters(lat, lon, pLat, pLon) > radius) continue;
                Assert.Contains(GeoCells.Key(pLat, pLon, cell), cover);
            }
        }
    }

    [Fact]
    public void Cover_refuses_a_grid_that_does_not_tile_the_globe()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GeoCells.Cover(37.5, 111.1, 200, 0.07));
        Assert.Throws<ArgumentOutOfRangeException>(() => GeoCells.Cover(37.5, 111.1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => GeoCells.Key(91, 111.1));
    }

    /// <summary>The point <paramref name="meters"/> from (lat, lon) along the initial bearing (great circle).</summary>
    private static (double Lat, double Lon) Destination(double lat, double lon, double bearingDegrees, double meters)
    {
        var delta = meters / GeoDistance.EarthRadiusMeters;
        var theta = bearingDegrees * Math.PI / 180;
        var phi1 = lat * Math.PI / 180;
        var lambda1 = lon * Math.PI / 180;
        var phi2 = Math.Asin(Math.Clamp(Math.Sin(phi1) * Math.Cos(delta) + Math.Cos(phi1) * Math.Sin(delta) * Math.Cos(theta), -1, 1));
        var lambda2 = lambda1 + Math.Atan2(Math.Sin(theta) * Math.Sin(delta) * Math.Cos(phi1), Math.Cos(delta) - Math.Sin(phi1) * Math.Sin(phi2));
        return (phi2 * 180 / Math.PI, lambda2 * 180 / Math.PI);
    }
}
