using Hotline.Contracts.Orders;

namespace Hotline.Bench.Board.Suite;

/// <summary>
/// The order lifecycle through the real grains: every order is created, then dispatched, accepted
/// and replied — each a persisted, published, indexed transition. The figure counts all four.
/// </summary>
public static class Lifecycle
{
    public static async Task<Throughput> Transitions(IGrainFactory grains, OrderDriver driver, int orders, int concurrency)
    {
        var created = await Throughput.Run(orders, concurrency, driver.Create);
        // Step n: wave n / orders (dispatch, accept, reply) of order n % orders, so one order's steps never race.
        var moved = await Throughput.Run(orders * 3, concurrency, n => driver.Step(n % orders, (OrderStep)(n / orders)));
        return new Throughput(created.Count + moved.Count, created.Failed + moved.Failed, created.Elapsed + moved.Elapsed,
            Distribution.Of([]), [.. created.FirstErrors, .. moved.FirstErrors]);
    }

    /// <summary>One transition, returning the acknowledged order (its last event sequence is what the screen must show).</summary>
    public static async Task<(string Id, long Sequence)> Step(IGrainFactory grains, string id, OrderStep step)
    {
        var grain = grains.GetGrain<IWorkOrderGrain>(id);
        var result = step switch
        {
            OrderStep.Dispatch => await grain.Dispatch(new DispatchOrder("bench", "RL-LS", [])),
            OrderStep.Accept => await grain.Accept(new AcceptOrder("bench", "RL-LS")),
            _ => await grain.Reply(new ReplyOrder("bench", "RL-LS", "已上门处理，室温恢复", [], false)),
        };
        if (result.Error is { } error) throw new InvalidOperationException($"{id}: {error.Kind} {error.Message}");
        return (id, result.Order!.Events.Max(e => e.Sequence));
    }
}
