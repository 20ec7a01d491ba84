using System.Collections.Concurrent;
using System.Diagnostics;

namespace Hotline.Bench.Board;

/// <summary>What the paced load achieved against what it aimed for.</summary>
public sealed record PacedResult(
    int Rate,
    int Planned,
    int Issued,
    int Succeeded,
    int Failed,
    int BehindAtDeadline,
    DateTimeOffset Start,
    DateTimeOffset End,
    double[] CallLatenciesMs,
    int[] CompletedPerSecond,
    IReadOnlyList<string> FirstErrors)
{
    public TimeSpan Window => End - Start;
    public double AchievedPerSecond => Succeeded / Window.TotalSeconds;
    public bool Sustained => Failed == 0 && AchievedPerSecond >= Rate * BenchSettings.SustainedShare;
}

/// <summary>
/// Starts operation n at n / rate seconds (an open-loop schedule, checked every few milliseconds)
/// with at most <c>concurrency</c> in flight. When the system cannot keep up the slots run out and
/// the schedule slips: the shortfall shows in the achieved rate instead of piling up requests
/// until Orleans' 30 s timeout.
/// </summary>
public static class PacedRunner
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(5);

    public static async Task<PacedResult> Run(int rate, TimeSpan duration, int concurrency, Func<int, Task> operation, CancellationToken cancellationToken)
    {
        var planned = (int)(rate * duration.TotalSeconds);
        var latencies = new double[planned];
        var completedAt = new double[planned];
        var errors = new ConcurrentQueue<string>();
        var failed = 0;
        using var slots = new SemaphoreSlim(concurrency);
        // Completed operations are not kept: the bench shares its heap with the silo, and a list of every task of a
        // 30 s load held 30,000 finished state machines live through the silo's young collections. Each operation
        // gives its slot back when done, so holding every slot again means all have finished.
        var startAt = DateTimeOffset.UtcNow;
        var start = Stopwatch.GetTimestamp();

        async Task RunOne(int n)
        {
            var begun = Stopwatch.GetTimestamp();
            try
            {
                await operation(n);
                latencies[n] = Stopwatch.GetElapsedTime(begun).TotalMilliseconds;
            }
            catch (Exception e)
            {
                Interlocked.Increment(ref failed);
                latencies[n] = double.NaN;
                if (errors.Count < 5) errors.Enqueue(e.Message);
            }
            finally
            {
                completedAt[n] = Stopwatch.GetElapsedTime(start).TotalSeconds;
                slots.Release();
            }
        }

        var issued = 0;
        using var timer = new PeriodicTimer(Tick);
        while (issued < planned)
        {
            var elapsed = Stopwatch.GetElapsedTime(start);
            if (elapsed >= duration) break;
            var due = Math.Min(planned, (int)(elapsed.TotalSeconds * rate) + 1);
            while (issued < due)
            {
                // No free slot until the deadline: the system is behind; stop issuing rather than queue.
                var left = duration - Stopwatch.GetElapsedTime(start);
                if (left <= TimeSpan.Zero || !await slots.WaitAsync(left, cancellationToken)) break;
                _ = RunOne(issued++);
            }
            await timer.WaitForNextTickAsync(cancellationToken);
        }
        var behind = planned - issued;
        for (var slot = 0; slot < concurrency; slot++) await slots.WaitAsync(CancellationToken.None);

        var issuedCompletions = completedAt.Take(issued).ToArray();
        var lastCompletion = issuedCompletions.Length == 0 ? 0 : issuedCompletions.Max();
        var end = startAt + TimeSpan.FromSeconds(Math.Max(lastCompletion, duration.TotalSeconds));
        var perSecond = new int[(int)Math.Ceiling((end - startAt).TotalSeconds) + 1];
        for (var n = 0; n < issued; n++)
            if (!double.IsNaN(latencies[n])) perSecond[(int)completedAt[n]]++;
        return new PacedResult(rate, planned, issued, issued - failed, failed, behind, startAt, end,
            latencies.Take(issued).Where(l => !double.IsNaN(l)).ToArray(), perSecond, errors.ToArray());
    }
}
