using System.Diagnostics;

namespace Hotline.Bench.Board.Suite;

/// <summary>
/// How long work waited for a thread-pool thread in the bench process (the silo's grains run on that pool):
/// a dedicated thread queues a probe every 10 ms and records each wait over 30 ms. A stall of the silo that
/// is not a GC pause (the pool saturated, a blocked thread, the machine's cores taken by another process)
/// shows here; a GC pause shows too, so the burst description names both.
/// </summary>
public sealed class PoolLag : IDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(10);
    private const double RecordedMs = 30;

    private readonly List<GcPause> _waits = [];
    private readonly Thread _thread;
    private volatile bool _stopped;

    public PoolLag()
    {
        _thread = new Thread(Probe) { IsBackground = true, Name = "pool-lag probe" };
        _thread.Start();
    }

    /// <summary>Waits over 30 ms, each as the instant the probe was queued and how long it waited.</summary>
    public GcPause[] Waits()
    {
        lock (_waits) return [.. _waits];
    }

    private void Probe()
    {
        while (!_stopped)
        {
            var queuedAt = DateTimeOffset.UtcNow;
            var queued = Stopwatch.GetTimestamp();
            ThreadPool.UnsafeQueueUserWorkItem(_ =>
            {
                var waited = Stopwatch.GetElapsedTime(queued).TotalMilliseconds;
                if (waited > RecordedMs)
                    lock (_waits) _waits.Add(new GcPause(queuedAt, waited, "thread-pool wait"));
            }, null);
            Thread.Sleep(Every);
        }
    }

    public void Dispose()
    {
        _stopped = true;
        _thread.Join();
    }
}
