using Hotline.Contracts.Seats;
using Hotline.Grains.Storage;

namespace Hotline.Grains.Seats;

/// <summary>A seat (坐席): status, the call in progress and the seat's counters.</summary>
public sealed class SeatGrain(
    [PersistentState("seat", StorageNames.State)] IPersistentState<SeatState> state,
    TimeProvider time) : Grain, ISeatGrain
{
    public Task<SeatSnapshot> Get() => Task.FromResult(Snapshot());

    public async Task<SeatSnapshot> SetStatus(string status)
    {
        if (!SeatStatuses.All.Contains(status))
            throw new ArgumentException(SeatTexts.UnknownStatus, nameof(status));
        if (status == SeatStatuses.OnCall)
            throw new ArgumentException(SeatTexts.OnCallIsAutomatic, nameof(status));
        var s = state.State;
        s.Status = status;
        s.StatusSince = time.GetUtcNow();
        if (status != SeatStatuses.WrapUp) s.CurrentCaller = null;
        await state.WriteStateAsync();
        return Snapshot();
    }

    public async Task<SeatSnapshot> StartCall(string callerPhone)
    {
        var s = state.State;
        if (s.Status == SeatStatuses.OnCall)
            throw new InvalidOperationException(SeatTexts.AlreadyOnCall);
        var now = time.GetUtcNow();
        s.Status = SeatStatuses.OnCall;
        s.StatusSince = now;
        s.CurrentCaller = callerPhone;
        s.CallStartedAt = now;
        s.CallsTaken++;
        await state.WriteStateAsync();
        return Snapshot();
    }

    public async Task<SeatSnapshot> EndCall()
    {
        var s = state.State;
        if (s.Status != SeatStatuses.OnCall)
            throw new InvalidOperationException(SeatTexts.NoCall);
        s.Status = SeatStatuses.WrapUp;
        s.StatusSince = time.GetUtcNow();
        await state.WriteStateAsync();
        return Snapshot();
    }

    public async Task RecordOrderCreated(string orderId)
    {
        state.State.OrdersCreated++;
        await state.WriteStateAsync();
    }

    private SeatSnapshot Snapshot()
    {
        var s = state.State;
        return new SeatSnapshot(this.GetPrimaryKeyString(), s.Status, s.CurrentCaller, s.CallStartedAt, s.CallsTaken, s.OrdersCreated, s.StatusSince);
    }
}
