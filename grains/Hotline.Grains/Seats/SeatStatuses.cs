namespace Hotline.Grains.Seats;

/// <summary>A seat's working status, as the board shows it per seat.</summary>
public static class SeatStatuses
{
    public const string Available = "available";
    public const string OnCall = "on-call";
    public const string WrapUp = "wrap-up";
    public const string Offline = "offline";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Available, OnCall, WrapUp, Offline };
}
