using Hotline.Client.Api;

namespace Hotline.Client.Simulation;

/// <summary>The task force's outcome over the orders one run created, in simulated time (server instants mapped back).</summary>
public sealed record OutcomeFigures(
    int Created,
    int Closed,
    int SameDay,
    int OverdueSimulated,
    int OverdueNow,
    int Breached,
    IReadOnlyList<double> ReplyMinutes,
    IReadOnlyList<double> CloseMinutes,
    int LateAccepts = 0,
    int LateReplies = 0)
{
    public double CompletionRate => Created == 0 ? 0 : (double)Closed / Created;
    public double SameDayRate => Created == 0 ? 0 : (double)SameDay / Created;
}

/// <summary>
/// Computes the outcome from each order's audit trail. A server instant becomes simulated time by
/// (instant − wall start) × K. Same-day: closed, and the last reply inside the heating same-day deadline (24:00, or
/// 12:00 next day after 20:00). Overdue (simulated): a 签收 more than 30 simulated minutes after its dispatch, or the
/// last reply after the same-day deadline. OverdueNow / Breached are the server's own clocks, which run on real time.
/// </summary>
public static class SimulationOutcome
{
    private static readonly TimeSpan AcceptLimit = TimeSpan.FromMinutes(30);

    public static OutcomeFigures Compute(IReadOnlyList<OrderDto> orders, DateTimeOffset wallStart, double speedup)
    {
        TimeSpan Sim(DateTimeOffset at) => TimeSpan.FromTicks((long)((at - wallStart).Ticks * speedup));
        int closed = 0, sameDay = 0, overdueSim = 0, overdueNow = 0, breached = 0, lateAccepts = 0, lateReplies = 0;
        List<double> replyMinutes = [], closeMinutes = [];
        foreach (var order in orders)
        {
            var events = (order.Events ?? []).OrderBy(e => e.Sequence).ToArray();
            var received = Sim(order.ReceivedAt ?? events.FirstOrDefault()?.At ?? wallStart);
            var deadline = HeatingPlan.SameDayDeadline(received);
            var firstReply = events.FirstOrDefault(e => e.Action == "replied");
            var lastReply = events.LastOrDefault(e => e.Action == "replied");
            var closedEvent = order.Status == "closed" ? events.LastOrDefault(e => e.Action == "closed") : null;
            if (firstReply is not null) replyMinutes.Add((Sim(firstReply.At) - received).TotalMinutes);
            if (closedEvent is not null)
            {
                closed++;
                closeMinutes.Add((Sim(closedEvent.At) - received).TotalMinutes);
                if (lastReply is not null && Sim(lastReply.At) <= deadline) sameDay++;
            }
            var lateAccept = LateAccept(events, Sim);
            var lateReply = lastReply is not null && Sim(lastReply.At) > deadline;
            if (lateAccept) lateAccepts++;
            if (lateReply) lateReplies++;
            if (lateAccept || lateReply) overdueSim++;
            if (order.Overdue) overdueNow++;
            if (events.Any(e => e.Action == "clock-breach")) breached++;
        }
        return new OutcomeFigures(orders.Count, closed, sameDay, overdueSim, overdueNow, breached, replyMinutes, closeMinutes, lateAccepts, lateReplies);
    }

    private static bool LateAccept(IReadOnlyList<EventDto> events, Func<DateTimeOffset, TimeSpan> sim)
    {
        DateTimeOffset? dispatched = null;
        foreach (var e in events)
        {
            if (e.Action == "dispatched") dispatched = e.At;
            else if (e.Action == "accepted" && dispatched is { } d)
            {
                if (sim(e.At) - sim(d) > AcceptLimit) return true;
                dispatched = null;
            }
        }
        return false;
    }

    /// <summary>Nearest-rank percentile; NaN for no values.</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
