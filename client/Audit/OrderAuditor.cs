using System.Globalization;
using Hotline.Client.Api;
using Hotline.Client.Simulation;

namespace Hotline.Client.Audit;

/// <summary>One broken promise found in an order.</summary>
public sealed record AuditViolation(string OrderId, string Check, string Detail);

/// <summary>
/// The checks of `hotline audit` on one order as GET /api/orders/{id} returns it:
/// 1. the audit trail's sequence runs 1..n without a gap, in order, and the version equals n;
/// 2. every ledger entry (an acknowledged command) is there: version ≥ the acknowledged one, and the event at that
///    sequence is the one acknowledged;
/// 3. every duty clock whose due instant passed while it ran (more than the grace ago) has its breach recorded, and
///    no threshold fired more often than it had clocks to fire on (an approved extension re-arms later thresholds once).
/// </summary>
public static class OrderAuditor
{
    public const string Sequence = "sequence";
    public const string Acknowledged = "acknowledged";
    public const string BreachMissing = "breach-missing";
    public const string FiredTwice = "fired-twice";

    /// <summary>The return window (退回时限) is a right, not a duty: it never warns or breaches.</summary>
    private static readonly HashSet<string> NoThresholds = new(StringComparer.Ordinal) { "return-window" };

    private static readonly HashSet<string> ClockActions = new(StringComparer.Ordinal) { "clock-warning", "clock-breach", "clock-escalation" };

    public static IReadOnlyList<AuditViolation> Check(OrderDto order, IEnumerable<LedgerEntry> acknowledged, DateTimeOffset now, TimeSpan grace)
    {
        List<AuditViolation> found = [];
        var events = order.Events ?? [];
        CheckSequence(order, events, found);
        foreach (var entry in acknowledged) CheckAcknowledged(order, events, entry, found);
        CheckClocks(order, events, now, grace, found);
        return found;
    }

    private static void CheckSequence(OrderDto order, IReadOnlyList<EventDto> events, List<AuditViolation> found)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Sequence == i + 1) continue;
            found.Add(new(order.Id, Sequence, AuditTexts.SequenceBroken(i + 1, events[i].Sequence)));
            return;
        }
        if (order.Version != events.Count)
            found.Add(new(order.Id, Sequence, AuditTexts.VersionMismatch(order.Version, events.Count)));
    }

    private static void CheckAcknowledged(OrderDto order, IReadOnlyList<EventDto> events, LedgerEntry entry, List<AuditViolation> found)
    {
        if (order.Version < entry.Version)
        {
            found.Add(new(order.Id, Acknowledged, AuditTexts.VersionBehind(entry, order.Version)));
            return;
        }
        var at = events.FirstOrDefault(e => e.Sequence == entry.Version);
        if (at is null || (entry.EventAction is not null && at.Action != entry.EventAction))
            found.Add(new(order.Id, Acknowledged, AuditTexts.EventMissing(entry, at?.Action)));
    }

    private static void CheckClocks(OrderDto order, IReadOnlyList<EventDto> events, DateTimeOffset now, TimeSpan grace, List<AuditViolation> found)
    {
        // A re-dispatch hands the running same-day clock to the new lead as a copy (same start, fired thresholds kept):
        // one logical clock, whatever department it names. Other clocks are one per (name, department) and start.
        var clocks = (order.Clocks ?? []).Where(c => !NoThresholds.Contains(c.Name))
            .GroupBy(c => (Key: KeyOf(c.Name, c.Department), c.StartedAt))
            .Select(g => (g.Key.Key, Due: g.Any(c => c.DueAt is { } d && d + grace < now && (c.StoppedAt is null || c.StoppedAt > d))))
            .ToArray();
        var fired = events.Where(e => ClockActions.Contains(e.Action) && e.Reason is not null)
            .Select(e => (Event: e, Threshold: ParseReason(e.Reason!))).Where(x => x.Threshold is not null)
            .Select(x => (Key: KeyOf(x.Threshold!.Value.Clock, x.Event.Department), x.Threshold!.Value.Percent)).ToArray();
        var extensions = events.Count(e => e.Action == "extension-approved");

        foreach (var group in clocks.GroupBy(c => c.Key))
        {
            var due = group.Count(c => c.Due);
            var breaches = fired.Count(f => f.Percent == 100 && f.Key == group.Key);
            if (breaches < due)
                found.Add(new(order.Id, BreachMissing, AuditTexts.BreachMissing(group.Key.Name, group.Key.Department, due, breaches)));
        }
        foreach (var group in fired.GroupBy(f => (f.Key, f.Percent)))
        {
            var key = group.Key.Key;
            var allowed = clocks.Count(c => c.Key == key) + (key.Name is "completion" or "same-day" ? extensions : 0);
            if (group.Count() > allowed)
                found.Add(new(order.Id, FiredTwice, AuditTexts.FiredTwice(key.Name, key.Department, group.Key.Percent, group.Count(), allowed)));
        }
    }

    private static (string Name, string? Department) KeyOf(string name, string? department) =>
        (name, name == "same-day" ? null : department);

    /// <summary>"completion 100%" → (completion, 100).</summary>
    public static (string Clock, int Percent)? ParseReason(string reason)
    {
        var space = reason.LastIndexOf(' ');
        if (space <= 0 || !reason.EndsWith('%')) return null;
        return int.TryParse(reason.AsSpan(space + 1, reason.Length - space - 2), NumberStyles.Integer, CultureInfo.InvariantCulture, out var percent)
            ? (reason[..space], percent)
            : null;
    }
}
