using Microsoft.Extensions.Options;

namespace Hotline.Dashboard.Live;

/// <summary>
/// Moves the book's pending changes to the screens. It sleeps until the book signals a change, then flushes at
/// once unless the previous flush started less than <see cref="LiveOptions.FlushGap"/> ago, in which case it waits
/// out the gap and takes everything that piled up meanwhile as one frame per screen. The next flush starts only
/// after the previous send has completed. A board's figures are counted at most every
/// <see cref="LiveOptions.StatsGap"/> and recounted every <see cref="LiveOptions.StatsRefresh"/> regardless.
/// </summary>
public sealed partial class LiveFlusher(LiveBook book, ILiveSender sender, IOptions<LiveOptions> options, TimeProvider time, ILogger<LiveFlusher> logger)
{
    public async Task Run(CancellationToken cancellationToken)
    {
        var o = options.Value;
        DateTimeOffset? lastFlush = null;
        DateTimeOffset? lastStats = null;
        var lastRefresh = time.GetUtcNow();
        var statsDeferred = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var wake = lastRefresh + o.StatsRefresh;
            if (statsDeferred && lastStats is { } stats && stats + o.StatsGap < wake) wake = stats + o.StatsGap;
            await book.Changes.Wait(Until(wake, now), time, cancellationToken);
            if (cancellationToken.IsCancellationRequested) return;

            var gap = lastFlush is { } last ? Until(last + o.FlushGap, time.GetUtcNow()) : TimeSpan.Zero;
            if (gap > TimeSpan.Zero)
                await Task.Delay(gap, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (cancellationToken.IsCancellationRequested) return;

            now = time.GetUtcNow();
            var refresh = now - lastRefresh >= o.StatsRefresh;
            if (refresh) lastRefresh = now;
            var countStats = lastStats is not { } previous || now - previous >= o.StatsGap;
            lastFlush = now;
            try
            {
                var drained = time.GetTimestamp();
                var flush = book.Drain(refresh, countStats);
                statsDeferred = flush.StatsDeferred;
                if (flush.Screens.Any(s => s.Stats is not null)) lastStats = now;
                if (flush.IsEmpty) continue;
                var taken = time.GetTimestamp();
                await sender.Send(flush, cancellationToken);
                Record(flush, drained, taken, time.GetTimestamp());
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // A failed flush must not end the feed: the changes it carried are lost to the screens until
                // their next change or a resync, but the next flush goes out as usual.
                LogFlushFailed(e);
            }
        }
    }

    private static TimeSpan Until(DateTimeOffset due, DateTimeOffset now) => due > now ? due - now : TimeSpan.Zero;

    private void Record(LiveFlush flush, long drained, long taken, long sent)
    {
        if (flush.PendingSince != 0)
        {
            LiveMetrics.Wait.Record(time.GetElapsedTime(flush.PendingSince, drained).TotalMilliseconds);
            LiveMetrics.FeedToSent.Record(time.GetElapsedTime(flush.PendingSince, sent).TotalMilliseconds);
        }
        LiveMetrics.Drain.Record(time.GetElapsedTime(drained, taken).TotalMilliseconds);
        LiveMetrics.Send.Record(time.GetElapsedTime(taken, sent).TotalMilliseconds);
        LiveMetrics.Rows.Record(flush.Screens.Sum(s => s.Rows.Count));
    }
}
