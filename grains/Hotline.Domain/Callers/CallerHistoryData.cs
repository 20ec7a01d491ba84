namespace Hotline.Domain.Callers;

/// <summary>
/// The persisted history of one caller (JSON). Bounded: the latest <see cref="CallerHistory.MaxOrders"/> orders in
/// detail, a year of per-day call counts, and counters that cover every order ever seen.
/// </summary>
public sealed class CallerHistoryData
{
    public string Phone { get; set; } = "";

    public string? Name { get; set; }

    /// <summary>"citizen" or "enterprise" (涉企).</summary>
    public string Type { get; set; } = "citizen";

    /// <summary>The kept orders, in no particular order.</summary>
    public List<CallerOrder> Orders { get; set; } = [];

    public int TotalOrders { get; set; }

    public int DirectlyAnswered { get; set; }

    /// <summary>See <see cref="CallerOrder.FirstContactResolved"/>.</summary>
    public int FirstContactResolutions { get; set; }

    public int Satisfied { get; set; }

    public int BasicallySatisfied { get; set; }

    public int Dissatisfied { get; set; }

    /// <summary>Orders per level-2 topic, ever.</summary>
    public Dictionary<string, int> TopicCounts { get; set; } = [];

    /// <summary>Per kept order, the highest fact sequence applied (idempotence).</summary>
    public Dictionary<string, long> LastSequence { get; set; } = [];

    /// <summary>Orders per local day, the last 366 days only.</summary>
    public List<CallerDayCount> CallsByDay { get; set; } = [];

    /// <summary>Received time of the newest order dropped from <see cref="Orders"/>; facts for unknown orders up to it are ignored.</summary>
    public DateTimeOffset? EvictedThrough { get; set; }
}
