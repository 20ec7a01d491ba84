using System.Diagnostics;

namespace Hotline.Integration.Tests.Infrastructure;

/// <summary>
/// Waits for a condition that another part of the system makes true (a stream consumer, a
/// reminder), checking it again and again until a deadline. Never a fixed sleep.
/// </summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null, Func<Task>? between = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var watch = Stopwatch.StartNew();
        T last;
        while (true)
        {
            last = await probe();
            if (done(last)) return last;
            if (watch.Elapsed > limit)
                throw new TimeoutException($"Not true within {limit.TotalSeconds:0} s: {what}. Last value: {last}");
            if (between is not null) await between();
            // Yield to the system under test between probes; the condition, not the pause, decides.
            await Task.Delay(25);
        }
    }

    public static Task True(Func<Task<bool>> probe, string what, TimeSpan? timeout = null) =>
        Get(probe, ok => ok, what, timeout);
}
