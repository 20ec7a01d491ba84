namespace Hotline.Grains.Seats;

public sealed class SeatState
{
    public string Status { get; set; } = SeatStatuses.Offline;
    public string? CurrentCaller { get; set; }
    public DateTimeOffset? CallStartedAt { get; set; }
    public DateTimeOffset? StatusSince { get; set; }
    public int CallsTaken { get; set; }
    public int OrdersCreated { get; set; }
}
