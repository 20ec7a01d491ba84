namespace Hotline.Dashboard.Live;

/// <summary>What one flush sends to one screen: the coalesced rows, new figures, new alerts.</summary>
public sealed record ScreenUpdate(Screen Screen, IReadOnlyList<OrderRow> Rows, ScreenStats? Stats, IReadOnlyList<LiveAlert> Alerts);

/// <summary>
/// Everything one flush sends. <paramref name="StatsDeferred"/>: some board's figures are due but were left for a
/// later drain. <paramref name="PendingSince"/>: the <see cref="TimeProvider"/> timestamp at which the oldest change
/// this flush carries reached the book (0 when none).
/// </summary>
public sealed record LiveFlush(IReadOnlyList<ScreenUpdate> Screens, IReadOnlyList<SeatRow>? Seats, bool StatsDeferred = false, long PendingSince = 0)
{
    public bool IsEmpty => Screens.Count == 0 && Seats is null;
}
