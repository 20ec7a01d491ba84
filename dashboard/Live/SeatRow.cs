using Hotline.Contracts.Seats;

namespace Hotline.Dashboard.Live;

/// <summary>A seat on the board's seat panel.</summary>
public sealed record SeatRow(string SeatId, string Name, string Status, string StatusText, DateTimeOffset? Since, int CallsTaken, int OrdersCreated)
{
    public static SeatRow From(SeatSnapshot seat, string name) =>
        new(seat.SeatId, name, seat.Status, LiveTexts.SeatStatus(seat.Status), seat.StatusSince, seat.CallsTaken, seat.OrdersCreated);
}
