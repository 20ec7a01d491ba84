using System.Globalization;

namespace Hotline.Domain.Figures;

/// <summary>
/// Figures count activity in a month: the Asia/Shanghai calendar month of each event's instant,
/// written "YYYY-MM".
/// </summary>
public static class FigureMonth
{
    public static string Of(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A month written exactly "YYYY-MM", between 2000 and 2100.</summary>
    public static bool TryParse(string? text, out string month)
    {
        month = "";
        if (text is not { Length: 7 } || text[4] != '-') return false;
        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)) return false;
        if (first.Year is < 2000 or > 2100) return false;
        month = text;
        return true;
    }
}
