using System.Diagnostics;

namespace Hotline.Bench.Board.Suite;

/// <summary>Calls per second of one operation run <c>count</c> times by <c>concurrency</c> closed-loop workers.</summary>
public sealed record Throughput(int Count, int Failed, TimeSpan Elapsed, Distribution Latency, IReadOnlyList<string> FirstErrors)
{
    public double PerSecond => (Count - Failed) / Elapsed.TotalSeconds;

    public static async Task<Throughput> Run(int count, int concurrency, Func<int, Task> operation)
    {
        var latencies = new double[count];
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var failed = 0;
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var one = Stopwatch.GetTimestamp();
                try
                {
                    await operation(i);
                }
                catch (Exception e)
                {
                    Interlocked.Increment(ref failed);
                    if (errors.Count < 5) errors.Enqueue(e.Message);
                }
                latencies[i] = Stopwatch.GetElapsedTime(one).TotalMilliseconds;
            }
        })));
        return new Throughput(count, failed, total.Elapsed, Distribution.Of(latencies), errors.ToArray());
    }

    /// <summary>Several runs of the same operation as one: counts and time summed (latency not kept: rounds differ in load).</summary>
    public static Throughput Sum(IReadOnlyList<Throughput> rounds) => new(
        rounds.Sum(r => r.Count), rounds.Sum(r => r.Failed), TimeSpan.FromTicks(rounds.Sum(r => r.Elapsed.Ticks)),
        Distribution.Empty, [.. rounds.SelectMany(r => r.FirstErrors).Take(5)]);
}
