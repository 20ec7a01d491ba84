using Hotline.Contracts.Departments;

namespace Hotline.Grains.Departments;

/// <summary>
/// What a department keeps in its state row: only its emergency contact. Its open orders are rebuilt from
/// the index on activation; its counters and their marks live in its ledger (<see cref="IDepartmentLedger"/>).
/// </summary>
public sealed class DepartmentState
{
    public EmergencyContact? EmergencyContact { get; set; }

    /// <summary>Counters as earlier versions kept them here; read once, moved to the ledger, then cleared.</summary>
    public int Received { get; set; }

    /// <inheritdoc cref="Received"/>
    public int Completed { get; set; }

    /// <inheritdoc cref="Received"/>
    public int Returned { get; set; }

    /// <summary>
    /// Counted marks as earlier versions kept them here (one document rewritten with every batch, megabytes for a
    /// department holding tens of thousands of orders); read once, moved to the ledger, then cleared.
    /// </summary>
    public Dictionary<string, CountedEvent> Counted { get; set; } = [];

    public bool HasOldCounts() => Received != 0 || Completed != 0 || Returned != 0 || Counted.Count > 0;

    public void ForgetOldCounts()
    {
        Received = Completed = Returned = 0;
        Counted = [];
    }
}

/// <summary>A counted mark as earlier versions stored it.</summary>
public sealed class CountedEvent
{
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
}
