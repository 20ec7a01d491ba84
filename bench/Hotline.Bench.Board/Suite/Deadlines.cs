using System.Diagnostics;
using System.Globalization;
using Hotline.Contracts.Orders;

namespace Hotline.Bench.Board.Suite;

/// <summary>Clock lateness with many clocks armed, and the memory those open orders hold.</summary>
public sealed record DeadlineResult(
    int Clocks, int DueClocks, TimeSpan ArmElapsed, int Sampled, Distribution Lateness, int DueButNotFired, FootprintResult Memory);

/// <summary>
/// Arms <c>clocks</c> orders with the default clock path (grain timer + one reminder per order):
/// <c>clocks − due</c> market-supervision orders whose accept clock runs a working day (armed, not
/// due during the run), then <c>due</c> heating orders with the bench's one-minute accept clock
/// (see <see cref="BenchData"/>). So every threshold that fires does so with all the clocks armed,
/// at a rate the silo can serve: arming 100,000 one-minute clocks at once would measure a silo
/// saturated by the arming itself, not the clock machinery. Memory is read around the long clocks
/// (<see cref="Footprint.Measure"/>): just opened, then idle with their activations collected, so the
/// long clocks stay armed by their reminders (in the in-memory reminder table) while the heating orders,
/// opened after the readings, run on their grain timers. Then
/// it waits until every due order's 100 % threshold has passed and reads a spread sample of them
/// back: lateness = the audit entry's instant (when the threshold fired) − its due instant.
/// </summary>
public static class Deadlines
{
    private static readonly int[] Percents = [50, 75, 90, 100];

    public static async Task<DeadlineResult> Run(IGrainFactory grains, int clocks, int dueClocks, int sample, int concurrency)
    {
        var due = Math.Min(clocks, dueClocks);
        var driver = new OrderDriver(grains, "D" + Guid.NewGuid().ToString("N")[..6]);
        var armed = Stopwatch.StartNew();
        // The long clocks are the open orders whose memory is read; the due ones come after the last reading,
        // so no full collection pauses the silo while their thresholds approach.
        var (memory, background) = await Footprint.Measure(grains, clocks - due, concurrency,
            (first, count) => Footprint.OpenLong(grains, driver, due + first, count, concurrency));
        await MemoryReading.HoldForHeapDump("armed clocks in memory");
        if (clocks > due) SuiteBench.Step($"{clocks - due - background.Failed} long clocks armed in {armed.Elapsed.TotalSeconds:F1} s");
        var result = await Throughput.Run(due, concurrency, async i =>
        {
            await driver.Create(i);
            await Lifecycle.Step(grains, driver.Id(i), OrderStep.Dispatch);
        });
        armed.Stop();
        var lastArmed = DateTimeOffset.UtcNow;
        var failed = background.Failed + result.Failed;
        if (failed > 0) SuiteBench.Step($"warning: {failed} of {clocks} orders not armed: {string.Join("; ", background.FirstErrors.Concat(result.FirstErrors))}");
        var open = clocks - failed;
        SuiteBench.Step($"{open} clocks armed in {armed.Elapsed.TotalSeconds:F1} s ({due - result.Failed} due in the next minute); waiting for their 100 % thresholds");

        var allDue = lastArmed + BenchData.AcceptClock + TimeSpan.FromSeconds(3);
        var wait = allDue - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero) await Task.Delay(wait);
        var checkedAt = DateTimeOffset.UtcNow;

        var step = Math.Max(1, due / Math.Max(1, sample));
        var lateness = new System.Collections.Concurrent.ConcurrentBag<double>();
        var missing = 0;
        var picks = Enumerable.Range(0, due).Where(i => i % step == 0).ToArray();
        await Throughput.Run(picks.Length, 32, async k =>
        {
            var order = await grains.GetGrain<IWorkOrderGrain>(driver.Id(picks[k])).Get();
            if (order is null) return;
            var clock = order.Clocks.FirstOrDefault(c => c.Name == "accept");
            if (clock is null) return;
            foreach (var percent in Percents)
            {
                var due = clock.StartedAt + TimeSpan.FromTicks((clock.DueAt - clock.StartedAt).Ticks * percent / 100);
                var reason = $"accept {percent.ToString(CultureInfo.InvariantCulture)}%";
                var fired = order.Events.FirstOrDefault(e => e.Reason == reason && e.Department == clock.Department);
                if (fired is not null) lateness.Add((fired.At - due).TotalMilliseconds);
                else if (due < checkedAt) Interlocked.Increment(ref missing);
            }
        });
        return new DeadlineResult(open, due, armed.Elapsed, picks.Length, Distribution.Of(lateness), missing,
            memory);
    }
}
