using Hotline.Contracts.Callers;
using Hotline.Contracts.Streams;
using Hotline.Grains.Storage;
using Hotline.Grains.Streams;
using Orleans.Streams;

namespace Hotline.Grains.Callers;

/// <summary>A caller's history (来电人画像), kept from the events of the orders they raised.</summary>
[ImplicitStreamSubscription(StreamNames.Caller)]
public sealed class CallerGrain(
    [PersistentState("caller", StorageNames.State)] IPersistentState<CallerState> state) : Grain, ICallerGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        OwnStream.Subscribe(this, StreamNames.Caller, OnEvent);

    public Task<CallerProfile> Get()
    {
        var s = state.State;
        return Task.FromResult(new CallerProfile(this.GetPrimaryKeyString(), s.Name, s.Type, s.Orders.Keys.ToArray(),
            s.Orders.Where(o => !StatusCodes.IsTerminal(o.Value)).Select(o => o.Key).ToArray(),
            new Dictionary<string, int>(s.Satisfaction), s.LastContactAt));
    }

    private async Task OnEvent(OrderEvent e, StreamSequenceToken? token)
    {
        var s = state.State;
        if (!SequenceGate.TryAdvance(s.LastSequence, e.OrderId, e.Sequence)) return;
        if (e.Action == "received")
        {
            // Name and type come from the newest order: what the caller said then.
            s.LastContactAt = e.At;
            s.Name = e.CallerName ?? s.Name;
            s.Type = e.CallerType;
        }
        s.Orders[e.OrderId] = e.Status;
        if (e.Satisfaction is { } satisfaction)
            s.Satisfaction[satisfaction] = s.Satisfaction.GetValueOrDefault(satisfaction) + 1;
        await state.WriteStateAsync();
    }
}
