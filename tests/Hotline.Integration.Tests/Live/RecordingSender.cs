using System.Threading.Channels;
using Hotline.Dashboard.Live;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Integration.Tests.Live;

/// <summary>Stands in for SignalR under the flusher: remembers each flush with the fake instant it went out, and can hold a send open.</summary>
internal sealed class RecordingSender(FakeTimeProvider time) : ILiveSender
{
    private readonly Channel<(LiveFlush Flush, DateTimeOffset At)> _sent = Channel.CreateUnbounded<(LiveFlush, DateTimeOffset)>();
    private TaskCompletionSource? _hold;

    /// <summary>Sends from now on complete only after <see cref="Release"/>: the flusher is "still sending".</summary>
    public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => Interlocked.Exchange(ref _hold, null)?.TrySetResult();

    public Task Send(LiveFlush flush, CancellationToken cancellationToken)
    {
        _sent.Writer.TryWrite((flush, time.GetUtcNow()));
        return _hold?.Task ?? Task.CompletedTask;
    }

    public bool TryTake(out (LiveFlush Flush, DateTimeOffset At) sent) => _sent.Reader.TryRead(out sent);

    /// <summary>
    /// The next flush, waiting (real time, with a deadline) while moving the fake clock on by <paramref name="step"/>
    /// between looks; with no step the fake clock stands still, so only a flush that needs no timer can arrive.
    /// </summary>
    public async Task<(LiveFlush Flush, DateTimeOffset At)> Next(TimeSpan? step = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            if (_sent.Reader.TryRead(out var sent)) return sent;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"no flush within 10 s (fake clock at {time.GetUtcNow():O})");
            if (step is { } by) time.Advance(by);
            // Yield to the flusher between looks; the flush, not the pause, decides.
            await Task.Delay(5);
        }
    }
}
