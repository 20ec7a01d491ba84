namespace Hotline.Domain.Duplicates;

/// <summary>Great-circle distance on a spherical Earth (haversine): well under 0.5 % off at city scale.</summary>
public static class GeoDistance
{
    /// <summary>Mean Earth radius (IUGG), metres.</summary>
    public const double EarthRadiusMeters = 6_371_008.8;

    public static double Meters(double lat1, double lon1, double lat2, double lon2)
    {
        var phi1 = Radians(lat1);
        var phi2 = Radians(lat2);
        var dPhi = Radians(lat2 - lat1);
        var dLambda = Radians(lon2 - lon1);
        var h = Square(Math.Sin(dPhi / 2)) + Math.Cos(phi1) * Math.Cos(phi2) * Square(Math.Sin(dLambda / 2));
        return 2 * EarthRadiusMeters * Math.Asin(Math.Sqrt(Math.Clamp(h, 0, 1)));
    }

    internal static double Radians(double degrees) => degrees * Math.PI / 180;

    internal static double Degrees(double radians) => radians * 180 / Math.PI;

    private static double Square(double x) => x * x;
}
