using System.Globalization;
using Hotline.Contracts.Orders;

namespace Hotline.Integration.Tests.Figures;

/// <summary>
/// The figures counted by hand from each order's audit trail, clocks and callback attempts, written out
/// plainly and independently of the FigureBook: row key "dimension:key" → counter name → count.
/// </summary>
internal static class HandCount
{
    public static Dictionary<string, SortedDictionary<string, int>> Of(IEnumerable<OrderSnapshot> orders, string month)
    {
        var rows = new Dictionary<string, SortedDictionary<string, int>>();
        foreach (var order in orders)
        {
            string? lead = null;
            var attempt = 0;
            var lastDispatch = order.Events.LastOrDefault(e => e.Action == "dispatched")?.Sequence;
            foreach (var e in order.Events)
            {
                if (e.Action == "dispatched") lead = e.Department;
                var callback = e.Action is "callback" or "callback-unreachable" ? order.CallbackAttempts[attempt++] : null;
                if (MonthOf(e.At) != month) continue;

                var counts = new List<string>();
                if (e.Action == "received") counts.Add("received");
                if (e.To == "directly-answered") counts.Add("directlyAnswered");
                switch (e.Action)
                {
                    case "accepted":
                        counts.Add("accepted");
                        if (Met(order, e, "accept")) counts.Add("acceptedOnTime");
                        break;
                    case "returned": counts.Add("returned"); break;
                    case "replied":
                        counts.Add("replied");
                        if (Met(order, e, "completion", "same-day")) counts.Add("repliedOnTime");
                        break;
                    case "callback-unreachable": counts.Add("unreachable"); break;
                    case "callback":
                        counts.Add("callbacksReached");
                        counts.Add(callback!.Outcome switch
                        {
                            "satisfied" => "satisfied",
                            "basically-satisfied" => "basicallySatisfied",
                            _ => "dissatisfied",
                        });
                        if (callback.Resolved == true) counts.Add("resolved");
                        break;
                    case "reopened": counts.Add("reopened"); counts.Add("dispatched"); break;
                    case "closed": counts.Add("closed"); break;
                    case "clock-breach": counts.Add("breaches"); break;
                    case "clock-escalation": counts.Add("escalation:" + (e.Reason!.EndsWith("150%", StringComparison.Ordinal) ? "centre" : "leadership")); break;
                    case "typical-case": counts.Add("typical:" + e.Reason); break;
                }

                if (e.Action == "dispatched")
                {
                    var departments = new List<string> { e.Department! };
                    if (e.Sequence == lastDispatch) departments.AddRange(order.CoHandlers);
                    foreach (var d in departments) Add(rows, "department:" + d, "dispatched");
                    Add(rows, "city:city", "dispatched", departments.Count);
                    Add(rows, "district:" + order.DistrictCode, "dispatched", departments.Count);
                    Add(rows, "category:" + order.Category, "dispatched", departments.Count);
                }
                if (counts.Count == 0) continue;
                var department = e.Action is "accepted" or "returned" or "replied" ? e.Department : lead;
                foreach (var counter in counts)
                {
                    Add(rows, "city:city", counter);
                    Add(rows, "district:" + order.DistrictCode, counter);
                    Add(rows, "category:" + order.Category, counter);
                    if (department is not null) Add(rows, "department:" + department, counter);
                }
            }
        }
        return rows;
    }

    /// <summary>The department's clocks of these kinds that the event stopped all ended in time.</summary>
    private static bool Met(OrderSnapshot order, AuditEntry e, params string[] names)
    {
        var stopped = order.Clocks.Where(c => names.Contains(c.Name) && c.Department == e.Department && c.StoppedAt == e.At).ToArray();
        return stopped.Length > 0 && stopped.All(c => c.State == "met");
    }

    private static string MonthOf(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static void Add(Dictionary<string, SortedDictionary<string, int>> rows, string row, string counter, int by = 1)
    {
        if (!rows.TryGetValue(row, out var counters)) rows[row] = counters = [];
        counters[counter] = counters.GetValueOrDefault(counter) + by;
    }
}
