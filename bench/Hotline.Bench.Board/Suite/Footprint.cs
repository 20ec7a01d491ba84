using System.Diagnostics;
using System.Globalization;

namespace Hotline.Bench.Board.Suite;

/// <summary>
/// The process's memory at one moment, after full compacting collections: its working set, the live
/// GC heap, and what the GC has committed (live heap plus free space it keeps), so a working set that
/// grows faster than the heap can be told apart as the GC's reserve or memory outside the GC.
/// </summary>
public readonly record struct MemoryReading(long WorkingSet, long Heap, long Committed, int Threads)
{
    public static MemoryReading Take()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var self = Process.GetCurrentProcess();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        return new MemoryReading(self.WorkingSet64, heap, GC.GetGCMemoryInfo(GCKind.Any).TotalCommittedBytes, self.Threads.Count);
    }

    /// <summary>
    /// The first reading once the working set has stopped falling: after a silo stops, the GC returns its
    /// heap to the system over its next collections, and a reading taken meanwhile would count that as
    /// the orders' memory going negative. Collects every half second until two readings differ by under
    /// 1 MB, or 30 s. (Settling the later readings the same way did not change them: the space server GC
    /// keeps committed under load stays committed.)
    /// </summary>
    public static async Task<MemoryReading> Settled()
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        var last = Take();
        while (DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(500);
            var next = Take();
            if (Math.Abs(next.WorkingSet - last.WorkingSet) < 1_048_576) return next;
            last = next;
        }
        return last;
    }

    /// <summary>
    /// BENCH_HOLD_FILE=path (experiment): after a reading, create that file and wait until it is deleted,
    /// so a heap dump (<c>dotnet-gcdump collect -p pid</c>) can show what the open orders hold.
    /// </summary>
    public static async Task HoldForHeapDump(string phase)
    {
        if (Environment.GetEnvironmentVariable("BENCH_HOLD_FILE") is not { Length: > 0 } path) return;
        await File.WriteAllTextAsync(path, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        SuiteBench.Step($"{phase}: holding for a heap dump of pid {Environment.ProcessId}; delete {path} to go on");
        while (File.Exists(path)) await Task.Delay(200);
    }
}

/// <summary>
/// Memory held per open order, from three readings: before any order, after the first half and after
/// all of them. The judged figure is the second half's growth per order (the marginal cost of one more
/// open order): the first half also pays for what a silo grows once under load (stream caches filled to
/// their age limit, department and board activations, pools), which is per process, not per order.
/// </summary>
public sealed record FootprintResult(int Orders, int HalfOrders, MemoryReading Start, MemoryReading Half, MemoryReading End)
{
    public double WorkingSetPerOrder => (double)(End.WorkingSet - Half.WorkingSet) / Math.Max(1, Orders - HalfOrders);

    public double HeapPerOrder => (double)(End.Heap - Half.Heap) / Math.Max(1, Orders - HalfOrders);

    public double CommittedPerOrder => (double)(End.Committed - Half.Committed) / Math.Max(1, Orders - HalfOrders);

    public double OverallWorkingSetPerOrder => (double)(End.WorkingSet - Start.WorkingSet) / Math.Max(1, Orders);

    public double OverallHeapPerOrder => (double)(End.Heap - Start.Heap) / Math.Max(1, Orders);

    /// <summary>Server GC commits ahead, so the working set can grow less than the heap: the larger of the two is judged.</summary>
    public double JudgedKilobytes => Math.Max(WorkingSetPerOrder, HeapPerOrder) / 1024;
}

/// <summary>
/// Working set per open order on the storage a deployment uses (Azure Tables): orders created and
/// dispatched to a department whose accept clock runs a working day, so each stays open with its
/// clock armed (grain timer, durable reminder in the reminder table) while the memory is read.
/// </summary>
public static class Footprint
{
    public const string LongTopic = "市场监管";
    public const string LongTitle = "超市售卖过期食品";

    public static async Task<(FootprintResult Result, Throughput Opened)> OpenOrders(IGrainFactory grains, int count, int concurrency)
    {
        var driver = new OrderDriver(grains, "F" + Guid.NewGuid().ToString("N")[..6]);
        var (result, opened) = await Measure(count, concurrency, (first, n) => OpenLong(grains, driver, first, n, concurrency));
        await MemoryReading.HoldForHeapDump("open orders on Azurite");
        return (result, opened);
    }

    /// <summary>Opens <paramref name="count"/> orders in two halves through <paramref name="open"/> (first index, count), reading memory around them.</summary>
    public static async Task<(FootprintResult Result, Throughput Opened)> Measure(int count, int concurrency, Func<int, int, Task<Throughput>> open)
    {
        var half = count / 2;
        var start = await MemoryReading.Settled();
        var first = await open(0, half);
        var middle = MemoryReading.Take();
        var second = await open(half, count - half);
        var end = MemoryReading.Take();
        var failed = first.Failed + second.Failed;
        if (failed > 0) SuiteBench.Step($"warning: {failed} of {count} orders not opened: {string.Join("; ", first.FirstErrors.Concat(second.FirstErrors))}");
        var opened = new Throughput(count, failed, first.Elapsed + second.Elapsed, first.Latency, [.. first.FirstErrors, .. second.FirstErrors]);
        return (new FootprintResult(count - failed, half - first.Failed, start, middle, end), opened);
    }

    /// <summary>Creates and dispatches orders whose accept clock runs a working day: open and armed, not due in a run.</summary>
    public static Task<Throughput> OpenLong(IGrainFactory grains, OrderDriver driver, int first, int count, int concurrency) =>
        Throughput.Run(count, concurrency, async i =>
        {
            await driver.Create(first + i, LongTopic, LongTitle);
            await Lifecycle.Step(grains, driver.Id(first + i), OrderStep.Dispatch);
        });
}
