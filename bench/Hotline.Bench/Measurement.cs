using System.Diagnostics;

namespace Hotline.Bench;

/// <summary>Latencies of one operation run many times, with its throughput at a given concurrency.</summary>
public sealed record Measurement(string Name, int Count, int Concurrency, TimeSpan Elapsed, double[] LatenciesMs)
{
    public double PerSecond => Count / Elapsed.TotalSeconds;
    public double P50 => Percentile(0.50);
    public double P99 => Percentile(0.99);

    private double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    /// <summary>Runs <paramref name="operation"/> <paramref name="count"/> times over <paramref name="concurrency"/> workers.</summary>
    public static async Task<Measurement> Run(string name, int count, int concurrency, Func<int, Task> operation)
    {
        var latencies = new double[count];
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var one = Stopwatch.GetTimestamp();
                await operation(i);
                latencies[i] = Stopwatch.GetElapsedTime(one).TotalMilliseconds;
            }
        }));
        return new Measurement(name, count, concurrency, total.Elapsed, latencies);
    }
}
