namespace Hotline.Domain.Figures;

/// <summary>
/// What one (month, dimension, key) saw. Mutable plain data: kept in grain state as JSON and merged
/// across shards. Each counter counts events in the month, not orders.
/// </summary>
public sealed class FigureCounters
{
    public int Received { get; set; }
    public int DirectlyAnswered { get; set; }
    /// <summary>Each department's dispatch, as lead or co-handler.</summary>
    public int Dispatched { get; set; }
    public int Accepted { get; set; }
    public int AcceptedOnTime { get; set; }
    public int Returned { get; set; }
    public int Replied { get; set; }
    public int RepliedOnTime { get; set; }
    /// <summary>Callbacks that reached the caller (any outcome but unreachable).</summary>
    public int CallbacksReached { get; set; }
    public int Satisfied { get; set; }
    public int BasicallySatisfied { get; set; }
    public int Dissatisfied { get; set; }
    public int Resolved { get; set; }
    /// <summary>Callback attempts that did not reach the caller.</summary>
    public int Unreachable { get; set; }
    public int Reopened { get; set; }
    public int Closed { get; set; }
    /// <summary>Clock-breach events (a deadline passed).</summary>
    public int Breaches { get; set; }
    /// <summary>Clock escalations by level (centre, leadership, …).</summary>
    public Dictionary<string, int> Escalations { get; set; } = [];
    /// <summary>Typical cases (典型案例) by code, each counted on its first appearance on an order.</summary>
    public Dictionary<string, int> TypicalCases { get; set; } = [];

    public FigureRates Rates() => FigureRates.Of(this);

    public int EscalationTotal() => Escalations.Values.Sum();

    public void Add(FigureCounters other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Received += other.Received;
        DirectlyAnswered += other.DirectlyAnswered;
        Dispatched += other.Dispatched;
        Accepted += other.Accepted;
        AcceptedOnTime += other.AcceptedOnTime;
        Returned += other.Returned;
        Replied += other.Replied;
        RepliedOnTime += other.RepliedOnTime;
        CallbacksReached += other.CallbacksReached;
        Satisfied += other.Satisfied;
        BasicallySatisfied += other.BasicallySatisfied;
        Dissatisfied += other.Dissatisfied;
        Resolved += other.Resolved;
        Unreachable += other.Unreachable;
        Reopened += other.Reopened;
        Closed += other.Closed;
        Breaches += other.Breaches;
        AddAll(Escalations, other.Escalations);
        AddAll(TypicalCases, other.TypicalCases);
    }

    public FigureCounters Copy()
    {
        var copy = new FigureCounters();
        copy.Add(this);
        return copy;
    }

    private static void AddAll(Dictionary<string, int> into, Dictionary<string, int> from)
    {
        foreach (var (key, count) in from)
            into[key] = into.GetValueOrDefault(key) + count;
    }
}
