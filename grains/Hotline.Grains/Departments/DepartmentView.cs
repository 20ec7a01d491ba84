using Hotline.Contracts.Departments;
using Hotline.Contracts.Orders;
using Hotline.Contracts.Streams;
using Hotline.Grains.Streams;

namespace Hotline.Grains.Departments;

/// <summary>
/// A department's open orders in memory, each with the order version it reflects, fed by index
/// rows (on activation) and stream events (afterwards); the newer version of an order always wins.
/// Orders it let go are remembered (bounded) so a late, repeated event cannot bring them back.
/// </summary>
public sealed class DepartmentView(string department, int releasedCapacity = 1024)
{
    private readonly Dictionary<string, (DepartmentOrder Order, long Sequence)> _open = [];
    private readonly Dictionary<string, long> _released = [];
    private readonly Queue<string> _releasedOrder = new();

    public int Count => _open.Count;

    public IEnumerable<DepartmentOrder> Orders => _open.Values.Select(o => o.Order);

    public bool Holds(string orderId) => _open.ContainsKey(orderId);

    /// <summary>
    /// Held as lead or co-handler; an order held only because its emergency contact was asked (接诉即办) or because it
    /// sits at a consultation (会商) is not yet, so a later dispatch to it still counts as received.
    /// </summary>
    public bool HoldsAsHandler(string orderId) =>
        _open.TryGetValue(orderId, out var held) && held.Order.Role is not (InquiryRole or ConsultationRole);

    /// <summary>The version this view has of an order (held or released), if any.</summary>
    public long? KnownSequence(string orderId) =>
        _open.TryGetValue(orderId, out var held) ? held.Sequence
        : _released.TryGetValue(orderId, out var gone) ? gone
        : null;

    public bool Apply(OrderEvent e)
    {
        if (KnownSequence(e.OrderId) is { } known && e.Sequence <= known) return false;
        if (IsHeld(e.Status, e.Departments))
            Hold(new DepartmentOrder(e.OrderId, e.Status, Role(e.Lead, e.Status, e.Handlers), e.Title, e.DistrictCode, e.Overdue, e.ReceivedAt, OwnClocks(e.Clocks)), e.Sequence);
        else
            Release(e.OrderId, e.Sequence);
        return true;
    }

    public bool Apply(OrderSummary row)
    {
        if (KnownSequence(row.Id) is { } known && row.Sequence <= known) return false;
        if (IsHeld(row.Status, row.Departments))
            Hold(new DepartmentOrder(row.Id, row.Status, Role(row.Lead, row.Status, handlers: null), row.Title, row.DistrictCode, row.Overdue, row.ReceivedAt, OwnClocks(row.Clocks)), row.Sequence);
        else
            Release(row.Id, row.Sequence);
        return true;
    }

    /// <summary>Whether an event would put an order in this department's hands.</summary>
    public bool WouldHold(OrderEvent e) => IsHeld(e.Status, e.Departments);

    private bool IsHeld(string status, IReadOnlyList<string> departments) =>
        departments.Contains(department) && !StatusCodes.IsTerminal(status) && status != "returned";

    /// <summary>The role of an order held while this department's emergency contact is asked (接诉即办).</summary>
    public const string InquiryRole = "inquiry";

    /// <summary>The role of an order held while this department only owes a consultation opinion (会商).</summary>
    public const string ConsultationRole = "consultation";

    /// <param name="handlers">
    /// The assigned departments, when the source knows them (stream events); an index row does not, and its order
    /// counts as handled by every department it lists.
    /// </param>
    private string Role(string? lead, string status, IReadOnlyList<string>? handlers) =>
        status == "inquiring" ? InquiryRole
        : lead == department ? "lead"
        : handlers is not null && !handlers.Contains(department) ? ConsultationRole
        : "co-handler";

    /// <summary>A department's own clocks and the centre's (the same-day clock moves with the lead).</summary>
    private IReadOnlyList<ClockSnapshot> OwnClocks(IReadOnlyList<ClockSnapshot> clocks) =>
        clocks.Where(c => c.Department == department || c.Department is null).ToArray();

    private void Hold(DepartmentOrder order, long sequence)
    {
        _released.Remove(order.OrderId);
        _open[order.OrderId] = (order, sequence);
    }

    private void Release(string orderId, long sequence)
    {
        _open.Remove(orderId);
        if (!_released.ContainsKey(orderId)) _releasedOrder.Enqueue(orderId);
        _released[orderId] = sequence;
        // The queue may name an order twice (released, held again, released): bound both.
        while ((_released.Count > releasedCapacity || _releasedOrder.Count > 2 * releasedCapacity)
               && _releasedOrder.TryDequeue(out var oldest))
            _released.Remove(oldest);
    }
}
