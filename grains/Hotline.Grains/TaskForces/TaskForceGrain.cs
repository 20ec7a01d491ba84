using Hotline.Contracts.Streams;
using Hotline.Contracts.TaskForces;
using Hotline.Domain.Reference;
using Hotline.Grains.Storage;
using Hotline.Grains.Streams;
using Orleans.Streams;

namespace Hotline.Grains.TaskForces;

/// <summary>
/// A task force and its live statistics, kept from its own event stream (only its orders reach
/// it), so the board's figures never require a scan of all orders.
/// </summary>
[ImplicitStreamSubscription(StreamNames.TaskForce)]
public sealed class TaskForceGrain(
    [PersistentState("taskforce", StorageNames.State)] IPersistentState<TaskForceState> state,
    ReferenceData reference) : Grain, ITaskForceGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        OwnStream.Subscribe(this, StreamNames.TaskForce, OnEvent);

    public Task<TaskForceSnapshot?> Get()
    {
        if (reference.FindTaskForce(this.GetPrimaryKeyString()) is not { } info) return Task.FromResult<TaskForceSnapshot?>(null);
        var orders = state.State.Orders.Values;
        var byDistrict = reference.Districts
            .Select(d => new DistrictFigures(d.Code, d.Name, TaskForceFigureCalculator.Count(orders.Where(o => o.DistrictCode == d.Code))))
            .ToArray();
        return Task.FromResult<TaskForceSnapshot?>(new TaskForceSnapshot(info.Code, info.Name, info.Categories, info.Policy,
            info.Members, TaskForceFigureCalculator.Count(orders), byDistrict));
    }

    private async Task OnEvent(OrderEvent e, StreamSequenceToken? token)
    {
        var orders = state.State.Orders;
        if (orders.TryGetValue(e.OrderId, out var known) && e.Sequence <= known.Sequence) return;
        var order = known ?? new TaskForceOrder { DistrictCode = e.DistrictCode };
        order.Status = e.Status;
        order.Overdue = e.Overdue;
        order.Sequence = e.Sequence;
        order.Dispatched |= e.Action == "dispatched";
        orders[e.OrderId] = order;
        await state.WriteStateAsync();
    }
}
