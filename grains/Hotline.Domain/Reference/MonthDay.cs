using System.Globalization;

namespace Hotline.Domain.Reference;

/// <summary>A day of the year without the year ("11-01").</summary>
public readonly record struct MonthDay(int Month, int Day) : IComparable<MonthDay>
{
    public int CompareTo(MonthDay other) => Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);

    public static MonthDay Parse(string text)
    {
        var parts = text.Split('-');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day is < 1 or > 31)
            throw new FormatException($"'{text}' is not a month-day like 11-01.");
        return new MonthDay(month, day);
    }

    public override string ToString() => $"{Month:00}-{Day:00}";
}
