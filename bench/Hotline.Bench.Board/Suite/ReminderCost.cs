using System.Diagnostics;
using System.Globalization;

namespace Hotline.Bench.Board.Suite;

/// <summary>The price of N durable clocks kept as one reminder each in the Azure reminder table.</summary>
public sealed record ReminderResult(string Design, int Count, int Failed, TimeSpan RegisterElapsed, double AzuriteCpuSecondsRegister,
    int Fired, Distribution Lateness, double AzuriteCpuSecondsFiring, TimeSpan FiringWindow);

/// <summary>
/// Arms <c>count</c> durable clocks on the Azurite silo — one reminder per grain, as each order
/// keeps its backstop — timing it and reading Azurite's CPU
/// time from /proc; then waits for them to fall due (at least 10 s after arming) and measures
/// fired − due for each.
/// </summary>
public static class ReminderCost
{
    public static Task<ReminderResult> Reminders(IGrainFactory grains, int count, int concurrency, int? azuritePid) =>
        Run("reminder per clock (today)", "reminder", count, concurrency, azuritePid, 1_000, (key, due) => grains.GetGrain<IReminderClockGrain>(key).Arm(due));

    /// <param name="prefix">Keys differ per design, so a late tick of one design is never counted for the other.</param>
    private static async Task<ReminderResult> Run(string design, string prefix, int count, int concurrency, int? azuritePid, double expectedPerSecond, Func<string, DateTimeOffset, Task> arm)
    {
        ClockLog.Clear();
        var cpuBefore = CpuSeconds(azuritePid);
        var watch = Stopwatch.StartNew();
        // Due 10 s after the end of arming, estimated from the expected rate; late arms are due 10 s after their arm.
        var estimate = TimeSpan.FromSeconds(count / expectedPerSecond + 10);
        var start = DateTimeOffset.UtcNow;
        var result = await Throughput.Run(count, concurrency, async i =>
        {
            var due = start + estimate;
            var now = DateTimeOffset.UtcNow;
            if (due < now + TimeSpan.FromSeconds(10)) due = now + TimeSpan.FromSeconds(10);
            var key = $"{prefix}-{i}";
            await arm(key, due);
            ClockLog.Armed[key] = due;
        });
        watch.Stop();
        var cpuRegistered = CpuSeconds(azuritePid);
        var lastDue = ClockLog.Armed.Values.DefaultIfEmpty(DateTimeOffset.UtcNow).Max();
        SuiteBench.Step($"{count - result.Failed} clocks armed ({design}) in {watch.Elapsed.TotalSeconds:F1} s; waiting for them to fall due");
        var firingStart = DateTimeOffset.UtcNow;
        var deadline = lastDue + TimeSpan.FromSeconds(20);
        while (ClockLog.Fired.Count < ClockLog.Armed.Count && DateTimeOffset.UtcNow < deadline)
            await Task.Delay(250);
        var cpuFired = CpuSeconds(azuritePid);
        var lateness = ClockLog.Fired.Values.Select(f => (f.Fired - f.Due).TotalMilliseconds);
        return new ReminderResult(design, count, result.Failed, watch.Elapsed, cpuRegistered - cpuBefore, ClockLog.Fired.Count,
            Distribution.Of(lateness), cpuFired - cpuRegistered, DateTimeOffset.UtcNow - firingStart);
    }

    /// <summary>utime + stime of a process from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s); NaN when unknown.</summary>
    public static double CpuSeconds(int? pid)
    {
        if (pid is null) return double.NaN;
        var path = $"/proc/{pid}/stat";
        if (!File.Exists(path)) return double.NaN;
        var fields = File.ReadAllText(path).Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // After the ")" the fields start at 3 (state): utime is field 14, stime field 15.
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }
}
