using Hotline.Domain.Duplicates;

namespace Hotline.Domain.Tests.Duplicates;

/// <summary>A caller, a place in Lishi (Lüliang) and intakes / earlier orders around them.</summary>
internal static class Matters
{
    public const string Phone = "13800001234";
    public const string OtherPhone = "13900005678";
    public const double Lat = 37.52;
    public const double Lon = 111.14;
    public const string Address = "离石区滨河北路12号3单元";

    public static readonly DateTimeOffset Now = new(2025, 1, 20, 9, 0, 0, TimeSpan.FromHours(8));

    public static readonly DuplicateOptions Options = new();

    public static IntakeFacts Intake(string phone = Phone, string topic = "供热", double? lat = Lat, double? lon = Lon) => new()
    {
        CallerPhone = phone,
        CategoryTopic = topic,
        CategoryCode = "0102",
        Title = "暖气不热",
        Content = "家中暖气温度不足15度，已持续三天，请尽快处理。",
        Address = Address,
        Lat = lat,
        Lon = lon,
        Now = Now,
    };

    public static PriorOrder Prior(string id, double daysAgo, bool open = true, string phone = Phone, string topic = "供热",
        double northMeters = 0, string? title = null, string? content = null, string address = Address, string? status = null) => new()
    {
        Id = id,
        CallerPhone = phone,
        CategoryTopic = topic,
        CategoryCode = "0102",
        Title = title ?? "暖气不热",
        Content = content ?? "暖气温度只有14度，一直不热。",
        Address = address,
        Lat = Lat + northMeters / 111_195.0,
        Lon = Lon,
        ReceivedAt = Now.AddDays(-daysAgo),
        Status = status ?? (open ? "dispatched" : "closed"),
        IsOpen = open,
    };

    /// <summary>An earlier order at another address, with no text in common with the intake.</summary>
    public static PriorOrder Unrelated(string id, double daysAgo, bool open = true, string phone = Phone, double northMeters = 0) =>
        Prior(id, daysAgo, open, phone, northMeters: northMeters, title: "楼道管道漏水", content: "单元楼道里的供热管道接口漏水结冰。",
            address: "离石区永宁中路88号");
}
