using Hotline.Contracts.Departments;

namespace Hotline.Grains.Departments;

/// <summary>
/// What a department persists: only what the order index cannot give back. Its open orders are
/// rebuilt from the index on activation, so the row stays small however many orders it holds.
/// </summary>
public sealed class DepartmentState
{
    public int Received { get; set; }
    public int Completed { get; set; }
    public int Returned { get; set; }
    public EmergencyContact? EmergencyContact { get; set; }

    /// <summary>
    /// Per order, the last event that moved a counter, so a repeated delivery is not counted twice.
    /// Bounded: entries of orders the department no longer holds are pruned oldest first.
    /// </summary>
    public Dictionary<string, CountedEvent> Counted { get; set; } = [];
}

public sealed class CountedEvent
{
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
}
