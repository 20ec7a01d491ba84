namespace Hotline.Dashboard.Live;

/// <summary>What one flush sends to one screen: the coalesced rows, new figures, new alerts.</summary>
public sealed record ScreenUpdate(Screen Screen, IReadOnlyList<OrderRow> Rows, ScreenStats? Stats, IReadOnlyList<LiveAlert> Alerts);

/// <summary>Everything one flush sends.</summary>
public sealed record LiveFlush(IReadOnlyList<ScreenUpdate> Screens, IReadOnlyList<SeatRow>? Seats)
{
    public bool IsEmpty => Screens.Count == 0 && Seats is null;
}
