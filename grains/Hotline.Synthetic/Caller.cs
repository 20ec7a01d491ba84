namespace Hotline.Synthetic;

/// <summary>A caller as the history remembers them, so that some call again (same phone, same place).</summary>
internal sealed record Caller(string Phone, string Type, string DistrictCode, OrderPlace Place, double Lat, double Lon, string? Enterprise, string LeafCode)
{
    public static string NewPhone(Random r)
    {
        Span<char> digits = stackalloc char[11];
        digits[0] = '1';
        digits[1] = (char)('3' + r.Next(7));
        for (var i = 2; i < 11; i++) digits[i] = (char)('0' + r.Next(10));
        return new string(digits);
    }
}
