namespace Hotline.Dashboard.Live;

/// <summary>What a screen gets first when it starts watching (and again after a resync); deltas follow.</summary>
public sealed record ScreenSnapshot(
    string Screen,
    DateTimeOffset ServerTime,
    IReadOnlyList<OrderRow> Orders,
    ScreenStats? Stats,
    IReadOnlyList<SeatRow> Seats,
    IReadOnlyList<LiveAlert> Alerts);
