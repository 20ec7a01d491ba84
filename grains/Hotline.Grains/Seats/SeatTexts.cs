namespace Hotline.Grains.Seats;

/// <summary>User-facing text of the seat grain.</summary>
public static class SeatTexts
{
    public static readonly string UnknownStatus = $"坐席状态必须是：{string.Join(" | ", SeatStatuses.All)}。";
    public const string OnCallIsAutomatic = "通话状态由来电自动设置，请使用接听来电。";
    public const string AlreadyOnCall = "坐席正在通话中，不能再接听新的来电。";
    public const string NoCall = "坐席当前没有通话。";
}
