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
    /// A reading after an aggressive collection, which also hands back to the system the free space the GC
    /// had kept committed: what the process holds, without the reserve an earlier burst left behind (30 s
    /// of ordinary collections returned only part of it; <see cref="IdleReading"/> keeps both).
    /// </summary>
    public static MemoryReading Released()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return Take();
    }

    /// <summary>
    /// The first reading once the working set has stopped falling: after a silo stops, the GC returns its
    /// heap to the system over its next collections, and a reading taken meanwhile would count that as
    /// the orders' memory going negative. Collects every half second until two readings differ by under
    /// 1 MB, or 30 s. (Settling the later readings the same way did not change them: the space server GC
    /// keeps committed under load stays committed.)
    /// </summary>
    public static Task<MemoryReading> Settled() => Steady(Take, r => r.WorkingSet);

    /// <summary>
    /// A reading once the live heap has stopped falling: what a stopped silo held is let go only as its last tasks
    /// wind down. Aggressive collections every half second until two readings differ by under 1 MB, or 30 s.
    /// </summary>
    public static Task<MemoryReading> Cleared() => Steady(Released, r => r.Heap);

    /// <summary>Reads every half second until <paramref name="measure"/> moves by under 1 MB between two readings, or 30 s.</summary>
    private static async Task<MemoryReading> Steady(Func<MemoryReading> read, Func<MemoryReading, long> measure)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        var last = read();
        while (DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(500);
            var next = read();
            if (Math.Abs(measure(next) - measure(last)) < 1_048_576) return next;
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

/// <summary>Idle orders' memory twice: as the GC left it after 30 s of collections, and once it released its reserve.</summary>
public readonly record struct IdleReading(MemoryReading Settled, MemoryReading Released);

/// <summary>
/// Memory held per open order, from four readings: before any order and after the first half (both
/// idle), and after all of them (active, then idle). An open order spends its hours between
/// transitions idle, and Orleans collects an activation idle past its age limit (15 minutes; the
/// reminder brings it back for its next threshold), so the judged figure is the second half's growth
/// once idle: what one more open order costs the silo for as long as it stays open. The active
/// figure (second half just touched, first half idle) is what an order costs within its age limit;
/// a centre holds only the orders touched in the last 15 minutes that way. Idle readings are taken once
/// the GC has handed back the free space an opening burst left committed (sized by the burst, not by
/// the orders held); the growth before that is kept as <see cref="SettledWorkingSetPerOrder"/>. The first half also pays
/// for what a silo grows once under load (stream caches filled to their age limit, department and
/// board activations, pools), which is per process, not per order.
/// </summary>
public sealed record FootprintResult(int Orders, int HalfOrders, MemoryReading Start, IdleReading HalfIdled, MemoryReading End, IdleReading EndIdled)
{
    private int SecondHalf => Math.Max(1, Orders - HalfOrders);

    public MemoryReading HalfIdle => HalfIdled.Released;

    public MemoryReading EndIdle => EndIdled.Released;

    /// <summary>The working set's idle growth per order as the GC left it by itself after 30 s of collections, before it was asked to release its reserve.</summary>
    public double SettledWorkingSetPerOrder => (double)(EndIdled.Settled.WorkingSet - HalfIdled.Settled.WorkingSet) / SecondHalf;

    public double WorkingSetPerOrder => (double)(EndIdle.WorkingSet - HalfIdle.WorkingSet) / SecondHalf;

    public double HeapPerOrder => (double)(EndIdle.Heap - HalfIdle.Heap) / SecondHalf;

    public double CommittedPerOrder => (double)(EndIdle.Committed - HalfIdle.Committed) / SecondHalf;

    public double ActiveWorkingSetPerOrder => (double)(End.WorkingSet - HalfIdle.WorkingSet) / SecondHalf;

    public double ActiveHeapPerOrder => (double)(End.Heap - HalfIdle.Heap) / SecondHalf;

    public double OverallWorkingSetPerOrder => (double)(EndIdle.WorkingSet - Start.WorkingSet) / Math.Max(1, Orders);

    public double OverallHeapPerOrder => (double)(EndIdle.Heap - Start.Heap) / Math.Max(1, Orders);

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
        var (result, opened) = await Measure(grains, count, concurrency, (first, n) => OpenLong(grains, driver, first, n, concurrency));
        await MemoryReading.HoldForHeapDump("open orders on Azurite");
        return (result, opened);
    }

    /// <summary>Opens <paramref name="count"/> orders in two halves through <paramref name="open"/> (first index, count), reading memory around them.</summary>
    public static async Task<(FootprintResult Result, Throughput Opened)> Measure(IGrainFactory grains, int count, int concurrency, Func<int, int, Task<Throughput>> open)
    {
        var half = count / 2;
        // The start is idle too, so what the warm-up left active is not counted as the orders' memory going negative.
        var start = (await Idle(grains)).Released;
        var first = await open(0, half);
        var middleIdle = await Idle(grains);
        var second = await open(half, count - half);
        var end = MemoryReading.Take();
        var endIdle = await Idle(grains);
        var failed = first.Failed + second.Failed;
        if (failed > 0) SuiteBench.Step($"warning: {failed} of {count} orders not opened: {string.Join("; ", first.FirstErrors.Concat(second.FirstErrors))}");
        var opened = new Throughput(count, failed, first.Elapsed + second.Elapsed, first.Latency, [.. first.FirstErrors, .. second.FirstErrors]);
        return (new FootprintResult(count - failed, half - first.Failed, start, middleIdle, end, endIdle), opened);
    }

    /// <summary>How long the orders just opened are left alone before their activations are collected.</summary>
    public static readonly TimeSpan IdleAge = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The silo as it is once the orders have sat idle past their age limit: the activation collector's
    /// own scan (<c>ForceActivationCollection</c>), run now for activations idle over <see cref="IdleAge"/>
    /// instead of waiting 15 minutes for its next pass to find them. Departments, task forces and boards
    /// idle as long are collected too, as they would be at night; the next orders bring them back.
    /// </summary>
    private static async Task<IdleReading> Idle(IGrainFactory grains)
    {
        await Task.Delay(IdleAge + TimeSpan.FromMilliseconds(500));
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(IdleAge);
        var settled = await MemoryReading.Settled();
        var released = MemoryReading.Released();
        SuiteBench.Step($"idle: working set {settled.WorkingSet / 1_048_576.0:F0} MB after 30 s of collections at most, {released.WorkingSet / 1_048_576.0:F0} MB once the GC released its reserve (heap {released.Heap / 1_048_576.0:F0} MB)");
        return new IdleReading(settled, released);
    }

    /// <summary>Creates and dispatches orders whose accept clock runs a working day: open and armed, not due in a run.</summary>
    public static Task<Throughput> OpenLong(IGrainFactory grains, OrderDriver driver, int first, int count, int concurrency) =>
        Throughput.Run(count, concurrency, async i =>
        {
            await driver.Create(first + i, LongTopic, LongTitle);
            await Lifecycle.Step(grains, driver.Id(first + i), OrderStep.Dispatch);
        });
}
