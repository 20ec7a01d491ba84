using Hotline.Contracts.Callers;
using Hotline.Contracts.Streams;
using Hotline.Grains.Streams;

namespace Hotline.Grains.Callers;

/// <summary>
/// Feeds the caller grains from one board shard (key "0".."7"). Callers are nearly all distinct, so a
/// stream per caller phone batched nothing and cost every new caller a pub-sub rendezvous; the board
/// shards already carry every event in batches. Each batch's events are grouped by phone and handed
/// to the caller grains together; the batch is done when every caller has written its history, and a
/// failure makes the stream deliver it again (callers drop what they have seen by sequence). Only events
/// that change what a history keeps are handed over (<see cref="Domain.Callers.CallerHistory.Concerns"/>).
/// </summary>
[ImplicitStreamSubscription(StreamNames.Board)]
public sealed class CallerFeedGrain : Grain, ICallerFeedGrain
{
    private readonly Dictionary<string, List<OrderEvent>> _byCaller = new(StringComparer.Ordinal);

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        OwnStream.Subscribe(this, StreamNames.Board, Collect, HandOver);

    private Task Collect(OrderEvent e)
    {
        // An open order's other moves are not kept by the caller's history (it reads that status from the index).
        if (!e.ConcernsCaller()) return Task.CompletedTask;
        if (!_byCaller.TryGetValue(e.CallerPhone, out var events)) _byCaller[e.CallerPhone] = events = [];
        events.Add(e);
        return Task.CompletedTask;
    }

    private async Task HandOver()
    {
        try
        {
            await Task.WhenAll(_byCaller.Select(c => GrainFactory.GetGrain<ICallerGrain>(c.Key).Apply(c.Value)));
        }
        finally
        {
            _byCaller.Clear();
        }
    }
}

/// <summary>A grain type of its own for the caller feed: it has no calls, only its implicit stream subscription.</summary>
[Alias("hotline.caller-feed")]
public interface ICallerFeedGrain : IGrainWithStringKey;
