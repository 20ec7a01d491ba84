using Hotline.Domain.WorkOrders;

namespace Hotline.Domain.Figures;

/// <summary>
/// Counters by month, dimension and key, fed one order event at a time. Idempotent per order: an
/// event at or below the last sequence seen for its order is ignored (streams deliver at least once);
/// an order's mark is forgotten when it reaches a terminal status, so the marks stay bounded by the
/// open orders, and only its last sequence is kept in <see cref="Closed"/> (the latest
/// <see cref="ClosedKept"/> terminal orders), so a repeat of the closing event is not counted again. Plain data with public setters: a
/// grain keeps it in persistent state as JSON.
/// </summary>
public sealed class FigureBook
{
    /// <summary>Month "YYYY-MM" → "dimension:key" → counters.</summary>
    public Dictionary<string, Dictionary<string, FigureCounters>> Months { get; set; } = [];

    /// <summary>
    /// How many terminal orders' last sequences are remembered (the most recently closed). Repeats come
    /// from stream redelivery (seconds) and from an order republishing its outbox when it is next
    /// activated after a failed publish (minutes); at 60,000 orders a day over 8 shards this covers
    /// hours of closings, and keeps the book's row small. A repeat older than that would count again.
    /// </summary>
    public const int ClosedKept = 1024;

    /// <summary>Order id → the last sequence applied and the typical cases already counted.</summary>
    public Dictionary<string, OrderMark> Marks { get; set; } = [];

    /// <summary>The latest terminal orders: order id → the closing event's sequence and its place in closing order.</summary>
    public Dictionary<string, ClosedMark> Closed { get; set; } = [];

    /// <summary>Place of the latest closing in <see cref="Closed"/>; the oldest places go first.</summary>
    public long ClosedSerial { get; set; }

    /// <summary>Applies one event; false when it was a repeat or older than what was applied.</summary>
    public bool Apply(FigureEvent e, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(e);
        Marks.TryGetValue(e.OrderId, out var mark);
        if (mark is not null && e.Sequence <= mark.Sequence) return false;
        if (mark is null && Closed.TryGetValue(e.OrderId, out var closed))
        {
            if (e.Sequence <= closed.Sequence) return false;
            // Reopened: counted from here as before, with a fresh mark.
            Closed.Remove(e.OrderId);
        }
        mark ??= new OrderMark();
        mark.Sequence = e.Sequence;

        var delta = FigureRules.Delta(e, mark);
        if (delta is not null)
        {
            var month = Month(FigureMonth.Of(e.At, zone));
            Into(month, FigureDimensions.City, FigureDimensions.CityKey).Add(delta);
            Into(month, FigureDimensions.District, e.DistrictCode).Add(delta);
            Into(month, FigureDimensions.Category, e.Category).Add(delta);
            Into(month, FigureDimensions.Spot, FigureDimensions.SpotKey(e.DistrictCode, e.Category)).Add(delta);
            foreach (var department in FigureRules.DepartmentsOf(e))
                Into(month, FigureDimensions.Department, department).Add(FigureRules.ForDepartment(e, delta, department));
        }

        if (Codes.TryParse<OrderStatus>(e.Status, out var status) && OrderStatuses.IsTerminal(status))
        {
            Marks.Remove(e.OrderId);
            Remember(e.OrderId, e.Sequence);
        }
        else
            Marks[e.OrderId] = mark;
        return true;
    }

    /// <summary>The month's counters by "dimension:key"; empty when nothing happened in it.</summary>
    public IReadOnlyDictionary<string, FigureCounters> MonthOf(string month) =>
        Months.TryGetValue(month, out var rows) ? rows : new Dictionary<string, FigureCounters>();

    /// <summary>Adds another book's month (another shard) into this one.</summary>
    public void Merge(string month, IEnumerable<KeyValuePair<string, FigureCounters>> rows)
    {
        var into = Month(month);
        foreach (var (key, counters) in rows)
        {
            if (!into.TryGetValue(key, out var existing)) into[key] = existing = new FigureCounters();
            existing.Add(counters);
        }
    }

    private void Remember(string orderId, long sequence)
    {
        Closed[orderId] = new ClosedMark { Sequence = sequence, Serial = ++ClosedSerial };
        // Trimmed in steps of a quarter, so the sort is paid once per few hundred closings.
        if (Closed.Count <= ClosedKept + ClosedKept / 4) return;
        foreach (var oldest in Closed.OrderBy(c => c.Value.Serial).Take(Closed.Count - ClosedKept).Select(c => c.Key).ToArray())
            Closed.Remove(oldest);
    }

    public static string RowKey(string dimension, string key) => $"{dimension}:{key}";

    public static (string Dimension, string Key) ParseRowKey(string rowKey)
    {
        var colon = rowKey.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (rowKey, "") : (rowKey[..colon], rowKey[(colon + 1)..]);
    }

    private Dictionary<string, FigureCounters> Month(string month)
    {
        if (!Months.TryGetValue(month, out var rows)) Months[month] = rows = [];
        return rows;
    }

    private static FigureCounters Into(Dictionary<string, FigureCounters> month, string dimension, string key)
    {
        var rowKey = RowKey(dimension, key);
        if (!month.TryGetValue(rowKey, out var counters)) month[rowKey] = counters = new FigureCounters();
        return counters;
    }
}

/// <summary>What the book remembers of an open order.</summary>
public sealed class OrderMark
{
    public long Sequence { get; set; }
    public List<string> TypicalCases { get; set; } = [];
}

/// <summary>What the book remembers of a terminal order for a while: enough to know a repeat.</summary>
public sealed class ClosedMark
{
    public long Sequence { get; set; }
    public long Serial { get; set; }
}
