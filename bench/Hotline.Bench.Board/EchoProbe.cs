using System.Diagnostics;

namespace Hotline.Bench.Board;

/// <summary>Sequential echo round trips over the same connection the board uses: the floor any push can reach.</summary>
public static class EchoProbe
{
    public static async Task<Distribution> Run(BoardWatcher board, int warmUp, int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < warmUp; i++) await Check(board, i, cancellationToken);
        var latencies = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await Check(board, i, cancellationToken);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        return Distribution.Of(latencies);
    }

    /// <summary>A light echo beside the load (one every <paramref name="interval"/>, after <paramref name="warmUp"/>): is the SignalR path itself slower under load?</summary>
    public static async Task<Distribution> Sample(BoardWatcher board, TimeSpan interval, TimeSpan warmUp, CancellationToken stop)
    {
        var latencies = new List<double>();
        using var timer = new PeriodicTimer(interval);
        try
        {
            await Task.Delay(warmUp, stop);
            for (var i = 0L; await timer.WaitForNextTickAsync(stop); i++)
            {
                var start = Stopwatch.GetTimestamp();
                await Check(board, i, stop);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The load is over: what was sampled is the answer.
        }
        return Distribution.Of(latencies);
    }

    private static async Task Check(BoardWatcher board, long value, CancellationToken cancellationToken)
    {
        var echoed = await board.Echo(value, cancellationToken);
        if (echoed != value) throw new InvalidOperationException($"echo({value}) returned {echoed}");
    }
}
