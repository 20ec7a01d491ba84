using Hotline.Contracts.Seats;
using Hotline.Contracts.Streams;
using Hotline.Grains.Storage;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Seats;

/// <summary>A seat (坐席): status, the call in progress and the seat's counters.</summary>
public sealed class SeatGrain(
    [PersistentState("seat", StorageNames.State)] IPersistentState<SeatState> state,
    TimeProvider time,
    ILogger<SeatGrain> logger) : Grain, ISeatGrain
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
        return await SaveAndPublish();
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
        return await SaveAndPublish();
    }

    public async Task<SeatSnapshot> EndCall()
    {
        var s = state.State;
        if (s.Status != SeatStatuses.OnCall)
            throw new InvalidOperationException(SeatTexts.NoCall);
        s.Status = SeatStatuses.WrapUp;
        s.StatusSince = time.GetUtcNow();
        return await SaveAndPublish();
    }

    public async Task RecordOrderCreated(string orderId)
    {
        state.State.OrdersCreated++;
        await SaveAndPublish();
    }

    /// <summary>
    /// Writes, then tells the boards. A board that misses a change (the stream refused) still gets
    /// the seat's state with its next snapshot, so a failed publish is logged, not thrown.
    /// </summary>
    private async Task<SeatSnapshot> SaveAndPublish()
    {
        await state.WriteStateAsync();
        var snapshot = Snapshot();
        try
        {
            await this.GetStreamProvider(StreamNames.Provider)
                .GetStream<SeatSnapshot>(StreamNames.For(StreamNames.Seats, StreamNames.AllSeats))
                .OnNextAsync(snapshot);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Seat {Seat}: status change not published to the boards", snapshot.SeatId);
        }
        return snapshot;
    }

    private SeatSnapshot Snapshot()
    {
        var s = state.State;
        return new SeatSnapshot(this.GetPrimaryKeyString(), s.Status, s.CurrentCaller, s.CallStartedAt, s.CallsTaken, s.OrdersCreated, s.StatusSince);
    }
}
