using Hotline.Contracts.Orders;
using Hotline.Contracts.Seats;
using Hotline.Contracts.Streams;
using Hotline.Dashboard.Auth;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Orleans.Streams;

namespace Hotline.Dashboard.Live;

/// <summary>
/// Feeds the live screens: subscribes this dashboard to every board shard stream and the seat
/// stream, loads what is open from the order index, then lets the <see cref="LiveFlusher"/> send
/// coalesced changes to the SignalR groups as they come. Each dashboard holds its own subscriptions,
/// so dashboards scale out and no grain sits between the orders and the screens.
/// </summary>
public sealed partial class LiveFeed(
    IClusterClient client,
    LiveBook book,
    OrderRows rows,
    LiveAlerts alerts,
    LiveFlusher flusher,
    IHubContext<DispatchHub> hub,
    ClusterReconnects reconnects,
    IUserStore users,
    IOptions<LiveOptions> options,
    TimeProvider time,
    ILogger<LiveFeed> logger) : BackgroundService
{
    private readonly Dictionary<string, string> _seatNames = [];
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first load is in the book: a screen that watches earlier waits for it.</summary>
    public Task Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await Connect(stoppingToken);
        _ready.TrySetResult();
        await Task.WhenAll(flusher.Run(stoppingToken), Maintain(stoppingToken));
    }

    /// <summary>Off the flush path: gets the streams back after a lost cluster and checks the subscriptions now and then.</summary>
    private async Task Maintain(CancellationToken stoppingToken)
    {
        var lastSubscribe = time.GetUtcNow();
        using var timer = new PeriodicTimer(options.Value.ReconnectCheck, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    if (reconnects.TakePending())
                    {
                        await Connect(stoppingToken);
                        await hub.Clients.All.SendAsync("resync", stoppingToken);
                    }
                    var now = time.GetUtcNow();
                    if (now - lastSubscribe >= options.Value.Resubscribe)
                    {
                        lastSubscribe = now;
                        await Subscribe();
                    }
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // A failed reload must not end the feed: the next check tries again.
                    LogMaintenanceFailed(e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Subscribes (or resumes) first, then loads: an event between the two is kept by sequence, not lost.</summary>
    private async Task Connect(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Subscribe();
                await LoadSeats();
                var loaded = await LoadOrders(cancellationToken);
                LogLoaded(loaded, book.Count);
                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogConnectFailed(e, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), time, cancellationToken);
            }
        }
    }

    private async Task Subscribe()
    {
        var provider = client.GetStreamProvider(StreamNames.Provider);
        for (var shard = 0; shard < StreamNames.BoardShards; shard++)
        {
            var stream = provider.GetStream<OrderEventBatch>(StreamNames.For(StreamNames.Board, shard.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await SubscribeOnce(stream, OnOrderEvents);
        }
        await SubscribeOnce(provider.GetStream<SeatSnapshot>(StreamNames.For(StreamNames.Seats, StreamNames.AllSeats)), OnSeat);
    }

    /// <summary>
    /// A dashboard that stops on purpose leaves no subscription behind: otherwise the pulling agents
    /// keep trying the gone client until Orleans drops it (retries and warnings in the silo log).
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(TimeSpan.FromSeconds(5));
            var provider = client.GetStreamProvider(StreamNames.Provider);
            var streams = Enumerable.Range(0, StreamNames.BoardShards)
                .Select(shard => provider.GetStream<OrderEventBatch>(StreamNames.For(StreamNames.Board, shard.ToString(System.Globalization.CultureInfo.InvariantCulture))))
                .Select(stream => Unsubscribe(stream))
                .Append(Unsubscribe(provider.GetStream<SeatSnapshot>(StreamNames.For(StreamNames.Seats, StreamNames.AllSeats))));
            await Task.WhenAll(streams).WaitAsync(deadline.Token);
        }
        catch (Exception e)
        {
            // The cluster may already be gone; Orleans drops a vanished client's subscriptions itself.
            LogUnsubscribeFailed(e);
        }
    }

    private static async Task Unsubscribe<T>(IAsyncStream<T> stream)
    {
        foreach (var handle in await stream.GetAllSubscriptionHandles()) await handle.UnsubscribeAsync();
    }

    /// <summary>Resumes this client's existing subscription when the pub-sub kept it; never subscribes twice.</summary>
    private static async Task SubscribeOnce<T>(IAsyncStream<T> stream, Func<T, StreamSequenceToken?, Task> onNext)
    {
        var handles = await stream.GetAllSubscriptionHandles();
        if (handles.Count == 0)
        {
            await stream.SubscribeAsync(onNext);
            return;
        }
        await handles[0].ResumeAsync(onNext);
        foreach (var extra in handles.Skip(1)) await extra.UnsubscribeAsync();
    }

    private Task OnOrderEvents(OrderEventBatch batch, StreamSequenceToken? token)
    {
        foreach (var e in batch.Events) OnOrderEvent(e);
        return Task.CompletedTask;
    }

    private void OnOrderEvent(OrderEvent e)
    {
        LiveMetrics.EventAge.Record(Math.Max(0, (time.GetUtcNow() - e.At).TotalMilliseconds));
        var row = rows.From(e);
        book.Apply(row, alerts.From(e, row));
    }

    private Task OnSeat(SeatSnapshot seat, StreamSequenceToken? token)
    {
        book.ApplySeat(SeatRow.From(seat, _seatNames.GetValueOrDefault(seat.SeatId, seat.SeatId)));
        return Task.CompletedTask;
    }

    private async Task<int> LoadOrders(CancellationToken cancellationToken)
    {
        var query = client.GetGrain<IOrderQueryGrain>(0);
        var since = book.TodayStart(time.GetUtcNow());
        string? continuation = null;
        var count = 0;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await query.Live(new LiveOrdersQuery(since, options.Value.LoadPageSize, continuation));
            foreach (var summary in page.Items) book.Apply(rows.From(summary));
            count += page.Items.Count;
            continuation = page.Continuation;
        } while (continuation is not null);
        return count;
    }

    /// <summary>The seats are the users with the seat role; their grains say how each is doing.</summary>
    private async Task LoadSeats()
    {
        var seats = (await users.All()).Where(u => u.Role == Roles.Seat && u.SeatId is { Length: > 0 }).ToArray();
        foreach (var user in seats) _seatNames[user.SeatId!] = user.DisplayName;
        var snapshots = await Task.WhenAll(seats.Select(u => client.GetGrain<ISeatGrain>(u.SeatId!).Get()));
        foreach (var seat in snapshots) book.ApplySeat(SeatRow.From(seat, _seatNames[seat.SeatId]));
    }
}
