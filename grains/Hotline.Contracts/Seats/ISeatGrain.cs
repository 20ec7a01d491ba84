namespace Hotline.Contracts.Seats;

/// <summary>A seat (坐席): the call-taker's status, current call and counters.</summary>
[Alias("hotline.seat")]
public interface ISeatGrain : IGrainWithStringKey
{
    [Alias("get")] Task<SeatSnapshot> Get();
    [Alias("set-status")] Task<SeatSnapshot> SetStatus(string status);
    [Alias("start-call")] Task<SeatSnapshot> StartCall(string callerPhone);
    [Alias("end-call")] Task<SeatSnapshot> EndCall();
    [Alias("order-created")] Task RecordOrderCreated(string orderId);
}

[GenerateSerializer, Immutable, Alias("hotline.seat-snapshot")]
public sealed record SeatSnapshot(
    [property: Id(0)] string SeatId,
    [property: Id(1)] string Status,
    [property: Id(2)] string? CurrentCaller,
    [property: Id(3)] DateTimeOffset? CallStartedAt,
    [property: Id(4)] int CallsTaken,
    [property: Id(5)] int OrdersCreated,
    [property: Id(6)] DateTimeOffset? StatusSince);
