using Hotline.Contracts.Departments;
using Hotline.Contracts.Streams;
using Hotline.Domain.Reference;
using Hotline.Grains.Storage;
using Hotline.Grains.Streams;
using Orleans.Streams;

namespace Hotline.Grains.Departments;

/// <summary>
/// A department's queue of open orders, kept from its own event stream: the orders it leads or
/// co-handles, with their clocks, so its console needs no query across all orders.
/// </summary>
[ImplicitStreamSubscription(StreamNames.Department)]
public sealed class DepartmentGrain(
    [PersistentState("department", StorageNames.State)] IPersistentState<DepartmentState> state,
    ReferenceData reference) : Grain, IDepartmentGrain
{
    private Department? Info => reference.FindDepartment(this.GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        OwnStream.Subscribe(this, StreamNames.Department, OnEvent);

    public Task<DepartmentSnapshot?> Get() => Task.FromResult(Snapshot());

    public async Task<DepartmentSnapshot?> SetEmergencyContact(EmergencyContact contact)
    {
        if (Info is null) return null;
        state.State.EmergencyContact = contact;
        await state.WriteStateAsync();
        return Snapshot();
    }

    private async Task OnEvent(OrderEvent e, StreamSequenceToken? token)
    {
        var code = this.GetPrimaryKeyString();
        var s = state.State;
        if (!SequenceGate.TryAdvance(s.LastSequence, e.OrderId, e.Sequence)) return;

        var holds = e.Departments.Contains(code) && !StatusCodes.IsTerminal(e.Status) && e.Status != "returned";
        if (e.Action == "dispatched" && holds && !s.Open.ContainsKey(e.OrderId)) s.Received++;
        if (e.Action == "returned" && e.Department == code) s.Returned++;
        if (e.Action == "replied" && e.Department == code) s.Completed++;

        if (holds)
        {
            s.Open[e.OrderId] = new DepartmentOrder(e.OrderId, e.Status, e.Lead == code ? "lead" : "co-handler", e.Title,
                e.DistrictCode, e.Overdue, e.ReceivedAt, e.Clocks.Where(c => Concerns(c, code)).ToArray());
        }
        else
        {
            s.Open.Remove(e.OrderId);
        }
        await state.WriteStateAsync();
    }

    /// <summary>A department's own clocks and the centre's (the same-day clock moves with the lead).</summary>
    private static bool Concerns(Contracts.Orders.ClockSnapshot clock, string department) =>
        clock.Department == department || clock.Department is null;

    private DepartmentSnapshot? Snapshot()
    {
        if (Info is not { } info) return null;
        var s = state.State;
        return new DepartmentSnapshot(info.Code, info.Name, info.Kind, info.Owns, s.EmergencyContact,
            s.Open.Values.OrderBy(o => o.ReceivedAt).ToArray(), s.Received, s.Completed, s.Returned);
    }
}
