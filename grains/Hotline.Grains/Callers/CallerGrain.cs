using Hotline.Contracts.Callers;
using Hotline.Contracts.Orders;
using Hotline.Contracts.Streams;
using Hotline.Domain;
using Hotline.Domain.Callers;
using Hotline.Domain.Duplicates;
using Hotline.Domain.WorkOrders;
using Hotline.Grains.Indexing;
using Hotline.Grains.Storage;
using Hotline.Grains.Streams;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Callers;

/// <summary>
/// A caller's history (来电人画像), kept from the events of the orders they raised (handed over by
/// <see cref="CallerFeedGrain"/>); bounded by the domain. Only events that change what it keeps reach it;
/// an open order's current status is read from the order index when the history is shown.
/// </summary>
/// <remarks>
/// Most callers ring once: their grain is needed at intake and while their order's events arrive,
/// then it is only memory. It goes after a few idle minutes instead of the silo's default.
/// </remarks>
[CollectionAgeLimit(Minutes = 3)]
public sealed class CallerGrain(
    [PersistentState("caller", StorageNames.State)] IPersistentState<CallerState> state,
    IOptions<DuplicateOptions> duplicates,
    IOrderIndex index,
    TimeProvider time) : Grain, ICallerGrain
{
    private CallerHistory History => new(state.State.History);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        state.State.History.Phone = this.GetPrimaryKeyString();
        return Task.CompletedTask;
    }

    public Task<CallerProfile> Get()
    {
        var h = state.State.History;
        var orders = h.Orders.OrderBy(o => o.ReceivedAt).ToArray();
        var satisfaction = new Dictionary<string, int>();
        if (h.Satisfied > 0) satisfaction["satisfied"] = h.Satisfied;
        if (h.BasicallySatisfied > 0) satisfaction["basically-satisfied"] = h.BasicallySatisfied;
        if (h.Dissatisfied > 0) satisfaction["dissatisfied"] = h.Dissatisfied;
        return Task.FromResult(new CallerProfile(this.GetPrimaryKeyString(), h.Name, h.Type, orders.Select(o => o.Id).ToArray(),
            orders.Where(o => o.IsOpen).Select(o => o.Id).ToArray(), satisfaction, orders.LastOrDefault()?.ReceivedAt));
    }

    public async Task<CallerPortrait> Portrait()
    {
        await RefreshOpenStatuses();
        return History.Profile(time.GetUtcNow()).ToPortrait(this.GetPrimaryKeyString());
    }

    public async Task<CallerReview> Review(MatterQuery query)
    {
        await RefreshOpenStatuses();
        var now = time.GetUtcNow();
        var history = History;
        return new CallerReview(history.Profile(now).ToPortrait(this.GetPrimaryKeyString()),
            history.Priors().Select(p => p.ToMatter()).ToArray(), FinalReply(query, now));
    }

    /// <summary>
    /// Open orders' statuses as the order index has them now (kept in memory only: the next showing reads them
    /// again). A caller has few open orders, and the history is shown at intake, far less often than orders move.
    /// </summary>
    private async Task RefreshOpenStatuses()
    {
        var open = state.State.History.Orders.Where(o => o.IsOpen).ToArray();
        if (open.Length == 0) return;
        var summaries = await Task.WhenAll(open.Select(async o =>
        {
            try
            {
                return await index.Get(o.Id, o.ReceivedAt);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The seat's intake check must not fail for the index: the status the history last heard stands.
                return null;
            }
        }));
        var history = History;
        for (var i = 0; i < open.Length; i++)
            if (summaries[i] is { } summary && Codes.TryParse<OrderStatus>(summary.Status, out var status))
                history.Refresh(open[i].Id, status);
    }

    public Task<FinalReplyNotice?> FinalReplyFor(MatterQuery query) => Task.FromResult(FinalReply(query, time.GetUtcNow()));

    private FinalReplyNotice? FinalReply(MatterQuery query, DateTimeOffset now) =>
        FinalReplyLock.Check(query.ToFacts(now), History.Priors(), duplicates.Value) is { } prior
            ? new FinalReplyNotice(prior.Id, prior.Title, prior.FinalReplyDepartment, prior.FinalReplyText, prior.FinalReplyEvidence, prior.FinalReplyAt)
            : null;

    public async Task Apply(IReadOnlyList<OrderEvent> events)
    {
        var changed = false;
        foreach (var e in events) changed |= History.Apply(e.ToFact());
        if (changed) await state.WriteStateAsync();
    }
}
