using Hotline.Domain.WorkOrders;

namespace Hotline.Domain.Figures;

/// <summary>
/// Counters by month, dimension and key, fed one order event at a time. Idempotent per order: an
/// event at or below the last sequence seen for its order is ignored (streams deliver at least once);
/// an order's mark is forgotten when it reaches a terminal status, so the marks stay bounded by the
/// open orders. Plain data with public setters: a grain keeps it in persistent state as JSON.
/// </summary>
public sealed class FigureBook
{
    /// <summary>Month "YYYY-MM" → "dimension:key" → counters.</summary>
    public Dictionary<string, Dictionary<string, FigureCounters>> Months { get; set; } = [];

    /// <summary>Order id → the last sequence applied and the typical cases already counted.</summary>
    public Dictionary<string, OrderMark> Marks { get; set; } = [];

    /// <summary>Applies one event; false when it was a repeat or older than what was applied.</summary>
    public bool Apply(FigureEvent e, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(e);
        Marks.TryGetValue(e.OrderId, out var mark);
        if (mark is not null && e.Sequence <= mark.Sequence) return false;
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
            Marks.Remove(e.OrderId);
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
