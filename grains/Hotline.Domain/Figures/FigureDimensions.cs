namespace Hotline.Domain.Figures;

/// <summary>The ways figures are cut. <see cref="Spot"/> is the hot-spot cell: district × category.</summary>
public static class FigureDimensions
{
    public const string City = "city";
    public const string Department = "department";
    public const string District = "district";
    public const string Category = "category";
    public const string Spot = "spot";

    /// <summary>The one key of the city dimension.</summary>
    public const string CityKey = "city";

    public static readonly IReadOnlyList<string> Queryable = [City, Department, District, Category];

    public static string SpotKey(string districtCode, string category) => $"{districtCode}|{category}";

    public static (string DistrictCode, string Category) ParseSpot(string key)
    {
        var bar = key.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (key, "") : (key[..bar], key[(bar + 1)..]);
    }
}
