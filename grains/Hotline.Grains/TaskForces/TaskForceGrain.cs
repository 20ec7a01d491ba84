using Hotline.Contracts.Streams;
using Hotline.Contracts.TaskForces;
using Hotline.Domain.Reference;
using Hotline.Grains.Indexing;
using Hotline.Grains.Streams;

namespace Hotline.Grains.TaskForces;

/// <summary>
/// A task force and its live statistics, kept from its own event stream (only its orders reach
/// it), so the board's figures never require a scan of all orders. Nothing is persisted: the
/// order index holds every order of the task force, so activation rebuilds the per-order map from
/// it and the stream keeps it current in memory (no write per event on this busy grain).
/// </summary>
[ImplicitStreamSubscription(StreamNames.TaskForce)]
public sealed class TaskForceGrain(ReferenceData reference, IOrderIndex index) : Grain, ITaskForceGrain
{
    private readonly Dictionary<string, TaskForceOrder> _orders = [];

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Stream events are grain calls, handled only after this rebuild; each then applies only
        // if newer than the row (see OnEvent), so neither source can undo the other.
        if (reference.FindTaskForce(this.GetPrimaryKeyString()) is not null)
        {
            await foreach (var row in index.OfTaskForce(this.GetPrimaryKeyString()).WithCancellation(cancellationToken))
            {
                if (_orders.TryGetValue(row.Id, out var known) && row.Sequence <= known.Sequence) continue;
                _orders[row.Id] = new TaskForceOrder
                {
                    DistrictCode = row.DistrictCode,
                    Status = row.Status,
                    Overdue = row.Overdue,
                    Dispatched = row.DispatchedAt is not null,
                    Sequence = row.Sequence,
                };
            }
        }
        await OwnStream.Subscribe(this, StreamNames.TaskForce, OnEvent);
    }

    public Task<TaskForceSnapshot?> Get()
    {
        if (reference.FindTaskForce(this.GetPrimaryKeyString()) is not { } info) return Task.FromResult<TaskForceSnapshot?>(null);
        var orders = _orders.Values;
        var byDistrict = reference.Districts
            .Select(d => new DistrictFigures(d.Code, d.Name, TaskForceFigureCalculator.Count(orders.Where(o => o.DistrictCode == d.Code))))
            .ToArray();
        return Task.FromResult<TaskForceSnapshot?>(new TaskForceSnapshot(info.Code, info.Name, info.Categories, info.Policy,
            info.Members, TaskForceFigureCalculator.Count(orders), byDistrict));
    }

    private Task OnEvent(OrderEvent e)
    {
        // One entry per order, replaced only by a newer version: a repeated or older event is a no-op.
        if (_orders.TryGetValue(e.OrderId, out var known) && e.Sequence <= known.Sequence) return Task.CompletedTask;
        var order = known ?? new TaskForceOrder { DistrictCode = e.DistrictCode };
        order.Status = e.Status;
        order.Overdue = e.Overdue;
        order.Sequence = e.Sequence;
        order.Dispatched |= e.Action == "dispatched" || e.DispatchedAt is not null;
        _orders[e.OrderId] = order;
        return Task.CompletedTask;
    }
}
