using Hotline.Contracts.Orders;
using Hotline.Grains.Storage;
using Hotline.Grains.WorkOrders;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Hotline.Bench.Board.Suite;

/// <summary>One call, one write of the copied order state to the storage the grain class names.</summary>
[Alias("hotline.bench.IStateWriteGrain")]
public interface IStateWriteGrain : IGrainWithIntegerKey
{
    /// <returns>The written state's size as JSON, in bytes.</returns>
    [Alias("Write")]
    Task<int> Write(GrainId sample);
}

/// <summary>The silo's own state storage (in this silo <see cref="CompactMemoryGrainStorage"/>).</summary>
[Alias("hotline.bench.ICompactStateWriteGrain")]
public interface ICompactStateWriteGrain : IStateWriteGrain;

/// <summary>The same storage class with compression off: what the write costs without Brotli.</summary>
[Alias("hotline.bench.IUncompressedStateWriteGrain")]
public interface IUncompressedStateWriteGrain : IStateWriteGrain;

/// <summary>Orleans' own MemoryGrainStorage, for comparison: a storage grain call per write, JSON kept uncompressed.</summary>
[Alias("hotline.bench.IOrleansMemoryStateWriteGrain")]
public interface IOrleansMemoryStateWriteGrain : IStateWriteGrain;

public sealed class CompactStateWriteGrain([PersistentState("floor", StorageNames.State)] IPersistentState<WorkOrderState> state)
    : StateWriteGrain(state), ICompactStateWriteGrain;

public sealed class UncompressedStateWriteGrain([PersistentState("floor", StateWriteFloor.Uncompressed)] IPersistentState<WorkOrderState> state)
    : StateWriteGrain(state), IUncompressedStateWriteGrain;

public sealed class OrleansMemoryStateWriteGrain([PersistentState("floor", StateWriteFloor.OrleansMemory)] IPersistentState<WorkOrderState> state)
    : StateWriteGrain(state), IOrleansMemoryStateWriteGrain;

public abstract class StateWriteGrain(IPersistentState<WorkOrderState> state) : Grain
{
    private int _jsonBytes;

    public async Task<int> Write(GrainId sample)
    {
        // The first call copies the sample order's stored state (read back from the silo's storage: a copy, never
        // the order's live object); every call then moves the outbox mark, as a transition does, and writes it all.
        if (state.State.Order is null)
        {
            var storage = ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.State);
            var read = new GrainState<WorkOrderState>();
            await storage.ReadStateAsync("order", sample, read);
            state.State.Order = read.State?.Order ?? throw new InvalidOperationException($"{sample}: no stored order to copy");
            state.State.PublishedThrough = read.State!.PublishedThrough;
            _jsonBytes = new JsonGrainStateSerializer().Serialize(state.State).ToMemory().Length;
        }
        state.State.PublishedThrough++;
        await state.WriteStateAsync();
        return _jsonBytes;
    }
}

/// <summary>
/// The least a persisted transition can cost: a grain call that writes one order's state, as a replied
/// heating order has it, to a state storage and does nothing else (no state machine, no streams, no index,
/// no clocks). Measured on the same silo and with the same callers as the ping it is set against, it prices
/// the in-memory lifecycle's bar: a transition can be no faster than this floor.
/// </summary>
public static class StateWriteFloor
{
    /// <summary>The name the bench's silos register Orleans' MemoryGrainStorage under (see <see cref="SiloHost"/>).</summary>
    public const string OrleansMemory = "orleans-memory";

    /// <summary>The name the bench's silos register an uncompressed <see cref="CompactMemoryGrainStorage"/> under.</summary>
    public const string Uncompressed = "compact-uncompressed";

    public static async Task<(Throughput Compact, Throughput Uncompressed, Throughput OrleansMemory, int JsonBytes)> Run(IGrainFactory grains, string tag, int calls, int concurrency)
    {
        // One replied heating order, moved through the lifecycle's own steps, is the state every call writes.
        var driver = new OrderDriver(grains, "F" + tag[..6]);
        await driver.Create(0);
        foreach (var step in new[] { OrderStep.Dispatch, OrderStep.Accept, OrderStep.Reply })
            await Lifecycle.Step(grains, driver.Id(0), step);
        var sample = grains.GetGrain<IWorkOrderGrain>(driver.Id(0)).GetGrainId();
        return (await Measure<ICompactStateWriteGrain>(grains, sample, calls, concurrency),
            await Measure<IUncompressedStateWriteGrain>(grains, sample, calls, concurrency),
            await Measure<IOrleansMemoryStateWriteGrain>(grains, sample, calls, concurrency),
            await grains.GetGrain<ICompactStateWriteGrain>(0).Write(sample));
    }

    private static async Task<Throughput> Measure<TGrain>(IGrainFactory grains, GrainId sample, int calls, int concurrency)
        where TGrain : IStateWriteGrain
    {
        // Warmed as the ping is: a few thousand calls first, so each grain holds its copy and the path is compiled.
        await Throughput.Run(WarmUpCalls(calls), concurrency, i => grains.GetGrain<TGrain>(i % Grains).Write(sample));
        return await Throughput.Run(calls, concurrency, i => grains.GetGrain<TGrain>(i % Grains).Write(sample));
    }

    /// <summary>Unmeasured calls before each measured run.</summary>
    public static int WarmUpCalls(int calls) => Math.Min(calls, 5_000);

    /// <summary>As many grains as the ping spreads its calls over.</summary>
    public const int Grains = 1024;
}
