using Hotline.Contracts.Orders;

namespace Hotline.Integration.Tests.Infrastructure;

/// <summary>Orders the cluster tests create: a heating complaint in Lishi district (30-minute accept clock, same-day completion).</summary>
public static class SampleOrders
{
    public static CreateOrder Heating(string phone = "13800001111") => new("seat:1001", "热线电话", new CallerInfoDto(phone, "王先生", "citizen"),
        "141102", "离石区滨河北路 12 号院", null, null, "供热", "暖气不热", "室温只有 14 度，请尽快处理。", "normal", null);
}
