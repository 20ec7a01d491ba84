using Hotline.Domain.WorkOrders;

namespace Hotline.Domain.Figures;

/// <summary>
/// Which counters one event moves, and for which departments. A department is the event's own
/// department for dispatched / accepted / returned / replied / inquiry events, else the order's lead at
/// the event; an event with neither (e.g. "received") is counted for city, district and category only.
/// </summary>
public static class FigureRules
{
    public const string Unreachable = "unreachable";
    public const string UnknownLevel = "unknown";

    /// <summary>The counters the event adds, or null when it moves none.</summary>
    public static FigureCounters? Delta(FigureEvent e, OrderMark mark)
    {
        var d = new FigureCounters();
        if (e.Action == AuditActions.Received) d.Received = 1;
        if (e.To == Codes.Of(OrderStatus.DirectlyAnswered)) d.DirectlyAnswered = 1;
        switch (e.Action)
        {
            case AuditActions.Dispatched:
                d.Dispatched = Math.Max(1, DepartmentsOf(e).Count);
                break;
            case AuditActions.Accepted:
                d.Accepted = 1;
                d.AcceptedOnTime = e.OnTime == true ? 1 : 0;
                break;
            case AuditActions.Returned:
                d.Returned = 1;
                break;
            case AuditActions.Replied:
                d.Replied = 1;
                d.RepliedOnTime = e.OnTime == true ? 1 : 0;
                break;
            case AuditActions.Callback:
                Callback(e, d);
                break;
            case AuditActions.CallbackUnreachable:
                d.Unreachable = 1;
                break;
            case AuditActions.Reopened:
                // 重办 hands the order back to its lead with a fresh accept clock: a new assignment to answer for,
                // so it counts as a dispatch too (otherwise the re-acceptance would push 响应率 past 100 %).
                d.Reopened = 1;
                d.Dispatched = 1;
                break;
            case AuditActions.Closed:
                d.Closed = 1;
                break;
            case AuditActions.ClockBreach:
                d.Breaches = 1;
                break;
            case AuditActions.ClockEscalation:
                d.Escalations[e.EscalationLevel ?? UnknownLevel] = 1;
                break;
        }
        // A typical case counts once per order, on its "typical-case" event, whose reason is the code.
        if (e.Action == AuditActions.TypicalCase)
        {
            string[] codes = e.Reason is { Length: > 0 } code ? [code] : [.. e.TypicalCases];
            foreach (var fresh in codes.Where(c => !mark.TypicalCases.Contains(c)).Distinct())
            {
                mark.TypicalCases.Add(fresh);
                d.TypicalCases[fresh] = 1;
            }
        }
        return IsEmpty(d) ? null : d;
    }

    /// <summary>The departments an event is counted for (see the class summary).</summary>
    public static IReadOnlyList<string> DepartmentsOf(FigureEvent e)
    {
        if (e.Action == AuditActions.Dispatched)
        {
            var lead = e.Department ?? e.Lead;
            return (lead is null ? e.Departments : e.Departments.Prepend(lead)).Distinct(StringComparer.Ordinal).ToArray();
        }
        var own = e.Action is AuditActions.Accepted or AuditActions.Returned or AuditActions.Replied
            || e.Action.StartsWith("inquiry-", StringComparison.Ordinal)
            ? e.Department ?? e.Lead
            : e.Lead;
        return own is null ? [] : [own];
    }

    /// <summary>The department's share of a delta: one dispatch each, everything else as is.</summary>
    public static FigureCounters ForDepartment(FigureEvent e, FigureCounters delta, string department)
    {
        if (e.Action != AuditActions.Dispatched) return delta;
        var share = delta.Copy();
        share.Dispatched = 1;
        return share;
    }

    private static void Callback(FigureEvent e, FigureCounters d)
    {
        var outcome = e.CallbackOutcome ?? e.Satisfaction;
        if (outcome == Unreachable)
        {
            d.Unreachable = 1;
            return;
        }
        d.CallbacksReached = 1;
        if (outcome == Codes.Of(Satisfaction.Satisfied)) d.Satisfied = 1;
        else if (outcome == Codes.Of(Satisfaction.BasicallySatisfied)) d.BasicallySatisfied = 1;
        else if (outcome == Codes.Of(Satisfaction.Dissatisfied)) d.Dissatisfied = 1;
        d.Resolved = e.Resolved == true ? 1 : 0;
    }

    private static bool IsEmpty(FigureCounters d) =>
        d.Received + d.DirectlyAnswered + d.Dispatched + d.Accepted + d.Returned + d.Replied + d.CallbacksReached
        + d.Unreachable + d.Reopened + d.Closed + d.Breaches == 0 && d.Escalations.Count == 0 && d.TypicalCases.Count == 0;
}
