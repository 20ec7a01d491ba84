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
/// in memory, rebuilt from the order index on activation. Its counters and their exactly-once marks
/// live in the department ledger (<see cref="IDepartmentLedger"/>, a row per order, written per batch
/// as they change); its state row keeps only the emergency contact.
/// </summary>
[ImplicitStreamSubscription(StreamNames.Department)]
public sealed class DepartmentGrain(
    [PersistentState("department", StorageNames.State)] IPersistentState<DepartmentState> state,
    ReferenceData reference,
    IOrderIndex index,
    IDepartmentLedger ledger,
    TimeProvider time) : Grain, IDepartmentGrain
{
    /// <summary>How far apart two silos' clocks may be; events stamped within it of the rebuild still ask the index.</summary>
    internal static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(5);

    private DepartmentView _view = null!;
    private DepartmentTally _tally = null!;
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
        _tally = new DepartmentTally(_view.Holds);
        var contents = await ledger.Load(Code, cancellationToken);
        if (state.State.HasOldCounts())
        {
            if (contents is null)
                await _tally.MoveIn(new DepartmentCounts(state.State.Received, state.State.Completed, state.State.Returned),
                    state.State.Counted.ToDictionary(c => c.Key, c => new CountedMark(c.Value.Sequence, c.Value.At)), ledger, Code);
            state.State.ForgetOldCounts();
            await state.WriteStateAsync(cancellationToken);
        }
        if (contents is not null) _tally.Load(contents);
        await OwnStream.Subscribe(this, StreamNames.Department, OnEvent, WritePending);
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
        Count(e, heldBefore: _view.HoldsAsHandler(e.OrderId) && known < e.Sequence);

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

        _tally.Observe(e.OrderId);
    }

    /// <summary>
    /// An event stamped after the view read the index (by more than the clock skew between silos) cannot
    /// be older than an order version the index held then: one order's events are stamped by its grain in
    /// order. Any newer version the view has seen since is remembered (held or released, bounded), so such
    /// an event needs no index read, which is what every newly dispatched order would otherwise cost.
    /// </summary>
    private bool HappenedAfterRebuild(OrderEvent e) => e.At > _rebuiltAt + ClockSkew;

    /// <summary>Counters change with many events of a batch; they are written once, after it, with the marks that moved.</summary>
    private async Task WritePending()
    {
        if (!_tally.HasPending) return;
        try
        {
            await _tally.Flush(ledger, Code);
        }
        catch (Orleans.Storage.InconsistentStateException)
        {
            // Another activation counted meanwhile: this one's counters are stale; the next activation reads the ledger.
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>
    /// Moves a counter at most once per event. Deduped by its own mark rather than by the view,
    /// since the view may already reflect an event (from the index) that was never counted.
    /// </summary>
    private void Count(OrderEvent e, bool heldBefore)
    {
        var code = Code;
        DepartmentCounter? counter = e.Action switch
        {
            "dispatched" when _view.WouldHold(e) && !heldBefore => DepartmentCounter.Received,
            "returned" when e.Department == code => DepartmentCounter.Returned,
            "replied" when e.Department == code => DepartmentCounter.Completed,
            _ => null,
        };
        if (counter is { } c) _tally.Count(e.OrderId, e.Sequence, e.At, c);
    }

    private DepartmentSnapshot? Snapshot()
    {
        if (Info is not { } info) return null;
        var counts = _tally.Counts;
        return new DepartmentSnapshot(info.Code, info.Name, info.Kind, info.Owns, state.State.EmergencyContact,
            _view.Orders.OrderBy(o => o.ReceivedAt).ToArray(), counts.Received, counts.Completed, counts.Returned);
    }
}
