using System.Globalization;
using System.Text;

namespace Hotline.Synthetic;

/// <summary>Draws the value of each {slot} a knowledge pattern uses, and fills patterns.</summary>
internal static class SlotValues
{
    public const int FirstYear = 2019;
    public const int LastYear = 2025;

    public static string Draw(string slot, Random r, IReadOnlyDictionary<string, string> known) => slot switch
    {
        "年" => r.Next(FirstYear, LastYear + 1).ToString(CultureInfo.InvariantCulture),
        "小区" => PlaceNames.Community(r),
        "路" or "路2" => PlaceNames.Road(r),
        "街道" => PlaceNames.Street(r),
        "镇" => PlaceNames.Town(r),
        "村" => PlaceNames.Village(r),
        "城市" => r.Pick(PlaceNames.Cities),
        "企业" => PlaceNames.Enterprise(r),
        "学校" => PlaceNames.School(r),
        "医院" => PlaceNames.Hospital(r, known.GetValueOrDefault("区", "")),
        "商户" => PlaceNames.Shop(r),
        "楼" => r.Next(1, 29).ToString(CultureInfo.InvariantCulture),
        "月" => r.Next(1, 13).ToString(CultureInfo.InvariantCulture),
        "施工月" => r.Next(4, 10).ToString(CultureInfo.InvariantCulture),
        "日" => r.Next(1, 29).ToString(CultureInfo.InvariantCulture),
        "天" => r.Next(3, 16).ToString(CultureInfo.InvariantCulture),
        "时限" => r.Pick(["3", "5", "7", "10", "15"]),
        "线路" => r.Next(1, 46).ToString(CultureInfo.InvariantCulture),
        "面积" => r.Next(45, 181).ToString(CultureInfo.InvariantCulture),
        "比例" => r.Pick(["20", "25", "30", "35"]),
        "开始" => r.Next(6, 10).ToString(CultureInfo.InvariantCulture),
        "结束" => r.Next(16, 20).ToString(CultureInfo.InvariantCulture),
        "夜始" => r.Next(17, 20).ToString(CultureInfo.InvariantCulture),
        "夜止" => r.Next(22, 24).ToString(CultureInfo.InvariantCulture),
        "暖价" => Money(r, 18.0, 28.0, 1),
        "水价" => Money(r, 3.1, 5.8, 2),
        "气价" => Money(r, 2.3, 3.5, 2),
        "物业价" => Money(r, 0.5, 2.8, 2),
        "停车价" => r.Next(1, 6).ToString(CultureInfo.InvariantCulture),
        "月停车价" => (r.Next(6, 31) * 10).ToString(CultureInfo.InvariantCulture),
        "安装费" => (r.Next(12, 41) * 100).ToString(CultureInfo.InvariantCulture),
        "补贴" => r.Next(60, 181).ToString(CultureInfo.InvariantCulture),
        "金额" => (r.Next(5, 400) * 100).ToString(CultureInfo.InvariantCulture),
        "人数" => r.Next(3, 60).ToString(CultureInfo.InvariantCulture),
        "宅基" => r.Pick(["150", "200", "250"]),
        _ => throw new InvalidOperationException($"Unknown knowledge slot {{{slot}}}."),
    };

    /// <summary>Slots computed from others once all are drawn.</summary>
    public static readonly IReadOnlySet<string> Derived = new HashSet<string>(StringComparer.Ordinal) { "次年", "总价" };

    public static void Derive(Dictionary<string, string> slots)
    {
        if (slots.TryGetValue("年", out var year))
            slots["次年"] = (int.Parse(year, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        if (slots.TryGetValue("暖价", out var price) && slots.TryGetValue("面积", out var area))
            slots["总价"] = (decimal.Parse(price, CultureInfo.InvariantCulture) * int.Parse(area, CultureInfo.InvariantCulture))
                .ToString("0.0", CultureInfo.InvariantCulture);
    }

    public static string Fill(string pattern, IReadOnlyDictionary<string, string> slots)
    {
        var builder = new StringBuilder(pattern.Length + 32);
        var i = 0;
        while (i < pattern.Length)
        {
            var open = pattern.IndexOf('{', i);
            if (open < 0) { builder.Append(pattern, i, pattern.Length - i); break; }
            var close = pattern.IndexOf('}', open);
            builder.Append(pattern, i, open - i);
            builder.Append(slots[pattern[(open + 1)..close]]);
            i = close + 1;
        }
        return builder.ToString();
    }

    private static string Money(Random r, double min, double max, int decimals) =>
        Math.Round(min + r.NextDouble() * (max - min), decimals).ToString(decimals == 1 ? "0.0" : "0.00", CultureInfo.InvariantCulture);
}
