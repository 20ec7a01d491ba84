using Hotline.Contracts.Departments;
using Hotline.Contracts.Streams;
using Hotline.Domain.Reference;
using Hotline.Grains.Indexing;
using Hotline.Grains.Storage;
using Hotline.Grains.Streams;

namespace Hotline.Grains.Departments;

/// <summary>
/// A department's queue of open orders, kept from its own event stream: the orders it leads or
/// co-handles, with their clocks, so its console needs no query across all orders. The queue lives
/// in memory, rebuilt from the order index on activation; only counters, the emergency contact
/// and a bounded dedupe mark are persisted, and only when they change.
/// </summary>
[ImplicitStreamSubscription(StreamNames.Department)]
public sealed class DepartmentGrain(
    [PersistentState("department", StorageNames.State)] IPersistentState<DepartmentState> state,
    ReferenceData reference,
    IOrderIndex index,
    TimeProvider time) : Grain, IDepartmentGrain
{
    /// <summary>How far apart two silos' clocks may be; events stamped within it of the rebuild still ask the index.</summary>
    internal static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(5);

    /// <summary>Dedupe marks kept for orders the department no longer holds.</summary>
    internal const int CountedCapacity = 512;

    private DepartmentView _view = null!;
    private bool _counted;
    private DateTimeOffset _rebuiltAt;

    private string Code => this.GetPrimaryKeyString();

    private Department? Info => reference.FindDepartment(Code);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _view = new DepartmentView(Code);
        _rebuiltAt = time.GetUtcNow();
        // Stream events are grain calls, so none is handled before this rebuild completes; those
        // that follow are applied only when newer than the row the view was built from.
        if (Info is not null)
        {
            await foreach (var row in index.OpenOfDepartment(Code).WithCancellation(cancellationToken))
                _view.Apply(row);
        }
        await OwnStream.Subscribe(this, StreamNames.Department, OnEvent, WriteIfCounted);
    }

    public Task<DepartmentSnapshot?> Get() => Task.FromResult(Snapshot());

    public async Task<DepartmentSnapshot?> SetEmergencyContact(EmergencyContact contact)
    {
        if (Info is null) return null;
        state.State.EmergencyContact = contact;
        await state.WriteStateAsync();
        return Snapshot();
    }

    private async Task OnEvent(OrderEvent e)
    {
        var known = _view.KnownSequence(e.OrderId);
        // An order held only for an inquiry is received (counted) when it is dispatched to this department.
        var counted = Count(e, heldBefore: _view.HoldsAsHandler(e.OrderId) && known < e.Sequence);

        if (known is null && _view.WouldHold(e) && !HappenedAfterRebuild(e))
        {
            // An order the view has never seen may still be one the index knows better: a late or
            // repeated delivery of an order that has since closed must not reopen it.
            if (await index.Get(e.OrderId, e.ReceivedAt) is { } row && row.Sequence >= e.Sequence)
                _view.Apply(row);
            else
                _view.Apply(e);
        }
        else
        {
            _view.Apply(e);
        }

        _counted |= counted;
    }

    /// <summary>
    /// An event stamped after the view read the index (by more than the clock skew between silos) cannot
    /// be older than an order version the index held then: one order's events are stamped by its grain in
    /// order. Any newer version the view has seen since is remembered (held or released, bounded), so such
    /// an event needs no index read, which is what every newly dispatched order would otherwise cost.
    /// </summary>
    private bool HappenedAfterRebuild(OrderEvent e) => e.At > _rebuiltAt + ClockSkew;

    /// <summary>Counters change with many events of a batch; they are written once, after it.</summary>
    private async Task WriteIfCounted()
    {
        if (!_counted) return;
        await state.WriteStateAsync();
        _counted = false;
    }

    /// <summary>
    /// Moves a counter at most once per event. Deduped by its own mark rather than by the view,
    /// since the view may already reflect an event (from the index) that was never counted.
    /// </summary>
    private bool Count(OrderEvent e, bool heldBefore)
    {
        var s = state.State;
        var code = Code;
        var counter = e.Action switch
        {
            "dispatched" when _view.WouldHold(e) && !heldBefore => 1,
            "returned" when e.Department == code => 2,
            "replied" when e.Department == code => 3,
            _ => 0,
        };
        if (counter == 0) return false;
        if (s.Counted.TryGetValue(e.OrderId, out var mark) && e.Sequence <= mark.Sequence) return false;

        switch (counter)
        {
            case 1: s.Received++; break;
            case 2: s.Returned++; break;
            default: s.Completed++; break;
        }
        s.Counted[e.OrderId] = new CountedEvent { Sequence = e.Sequence, At = e.At };
        PruneCounted();
        return true;
    }

    private void PruneCounted()
    {
        var counted = state.State.Counted;
        var released = counted.Where(c => !_view.Holds(c.Key)).ToList();
        if (released.Count <= CountedCapacity) return;
        foreach (var (orderId, _) in released.OrderBy(c => c.Value.At).Take(released.Count - CountedCapacity))
            counted.Remove(orderId);
    }

    private DepartmentSnapshot? Snapshot()
    {
        if (Info is not { } info) return null;
        var s = state.State;
        return new DepartmentSnapshot(info.Code, info.Name, info.Kind, info.Owns, s.EmergencyContact,
            _view.Orders.OrderBy(o => o.ReceivedAt).ToArray(), s.Received, s.Completed, s.Returned);
    }
}
