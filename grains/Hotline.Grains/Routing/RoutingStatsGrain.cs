using Hotline.Contracts.Routing;
using Hotline.Grains.Storage;

namespace Hotline.Grains.Routing;

/// <summary>
/// Counts how the intake suggestions fared at first dispatch. Writes behind (every few seconds when something
/// changed, and on deactivation): these are figures, and a dispatch must not wait for them.
/// </summary>
public sealed class RoutingStatsGrain(
    [PersistentState("routing-stats", StorageNames.State)] IPersistentState<RoutingStatsState> state) : Grain, IRoutingStatsGrain
{
    public const string Key = "city";
    private const int RecentCapacity = 2048;
    private bool _dirty;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(Flush, new GrainTimerCreationOptions(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)) { KeepAlive = false });
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => await Flush(cancellationToken);

    public Task Record(RoutingOutcome outcome)
    {
        var s = state.State;
        if (s.Recent.Contains(outcome.OrderId)) return Task.CompletedTask;
        s.Recent.Add(outcome.OrderId);
        if (s.Recent.Count > RecentCapacity) s.Recent.RemoveRange(0, s.Recent.Count - RecentCapacity);
        var top1 = outcome.Suggested.Count > 0 && outcome.Suggested[0] == outcome.Chosen;
        var top3 = outcome.Suggested.Take(3).Contains(outcome.Chosen);
        s.Dispatched++;
        if (top1) s.Top1++;
        if (top3) s.Top3++;
        var bySource = s.BySource.TryGetValue(outcome.Source, out var counts) ? counts : s.BySource[outcome.Source] = new int[3];
        bySource[0]++;
        if (top1) bySource[1]++;
        if (top3) bySource[2]++;
        _dirty = true;
        return Task.CompletedTask;
    }

    public Task<RoutingUsage> Get()
    {
        var s = state.State;
        return Task.FromResult(new RoutingUsage(s.Dispatched, s.Top1, s.Top3, s.BySource.ToDictionary(p => p.Key, p => p.Value.ToArray())));
    }

    private async Task Flush(CancellationToken cancellationToken)
    {
        if (!_dirty) return;
        _dirty = false;
        await state.WriteStateAsync(cancellationToken);
    }
}
