using Hotline.Client.Api;
using Hotline.Client.Audit;
using Hotline.Client.Simulation;

namespace Hotline.Client.Tests;

/// <summary>The audit's checks on hand-made orders: each broken promise is found, a sound order passes.</summary>
public sealed class OrderAuditorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Now = T0.AddHours(3);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    private static EventDto E(long seq, string action, string? reason = null, string? dept = "RL-LS", int minute = 0) =>
        new(seq, T0.AddMinutes(minute == 0 ? seq : minute), "x", action, null, null, reason, dept);

    private static ClockDto Clock(string name, string? dept, DateTimeOffset due, DateTimeOffset? stopped = null, DateTimeOffset? started = null) =>
        new(name, dept, started ?? T0, due, stopped, stopped is null ? "running" : "met");

    private static OrderDto Order(IReadOnlyList<EventDto> events, params ClockDto[] clocks) =>
        new() { Id = "O1", Status = "accepted", Version = events.Count, Events = events, Clocks = clocks };

    /// <summary>Dispatched at T0, the 30-minute accept clock breached at +30 min and accepted later.</summary>
    private static List<EventDto> BreachedAccept() =>
    [
        E(1, "received"), E(2, "queued"), E(3, "dispatched"),
        E(4, "clock-warning", "accept 50%"), E(5, "clock-warning", "accept 75%"), E(6, "clock-warning", "accept 90%"),
        E(7, "clock-breach", "accept 100%"), E(8, "accepted"),
    ];

    private static ClockDto AcceptClock => Clock("accept", "RL-LS", T0.AddMinutes(30), stopped: T0.AddMinutes(40));

    [Fact]
    public void A_sound_order_passes()
    {
        var ledger = new[] { new LedgerEntry("O1", "dispatch", 3, "dispatched"), new LedgerEntry("O1", "accept", 8, "accepted") };
        Assert.Empty(OrderAuditor.Check(Order(BreachedAccept(), AcceptClock, Clock("same-day", "RL-LS", T0.AddHours(16))), ledger, Now, Grace));
    }

    [Fact]
    public void A_gap_in_the_sequence_is_found()
    {
        var events = BreachedAccept();
        events.RemoveAt(4);
        var found = OrderAuditor.Check(Order(events, AcceptClock) with { Version = 8 }, [], Now, Grace);
        Assert.Contains(found, v => v.Check == OrderAuditor.Sequence);
    }

    [Fact]
    public void A_missing_acknowledged_transition_is_found()
    {
        var events = BreachedAccept();
        events.RemoveAt(events.Count - 1);                       // the acknowledged 签收 is gone
        var found = OrderAuditor.Check(Order(events, AcceptClock), [new LedgerEntry("O1", "accept", 8, "accepted")], Now, Grace);
        Assert.Contains(found, v => v.Check == OrderAuditor.Acknowledged);

        // Same version, other event: something else took the acknowledged place.
        var replaced = BreachedAccept();
        replaced[^1] = E(8, "returned");
        found = OrderAuditor.Check(Order(replaced, AcceptClock), [new LedgerEntry("O1", "accept", 8, "accepted")], Now, Grace);
        Assert.Contains(found, v => v.Check == OrderAuditor.Acknowledged);
    }

    [Fact]
    public void A_threshold_fired_twice_is_found()
    {
        var events = BreachedAccept();
        events.Add(E(9, "clock-breach", "accept 100%"));
        var found = OrderAuditor.Check(Order(events, AcceptClock), [], Now, Grace);
        Assert.Contains(found, v => v.Check == OrderAuditor.FiredTwice);
    }

    [Fact]
    public void A_clock_past_due_without_its_breach_is_found()
    {
        var events = BreachedAccept();
        events.RemoveAt(6);
        var renumbered = events.Select((e, i) => e with { Sequence = i + 1 }).ToList();
        var found = OrderAuditor.Check(Order(renumbered, AcceptClock), [], Now, Grace);
        Assert.Contains(found, v => v.Check == OrderAuditor.BreachMissing);
    }

    [Fact]
    public void A_clock_stopped_before_due_or_not_yet_due_needs_no_breach()
    {
        List<EventDto> events = [E(1, "received"), E(2, "queued"), E(3, "dispatched"), E(4, "accepted")];
        var stoppedInTime = Clock("accept", "RL-LS", T0.AddMinutes(30), stopped: T0.AddMinutes(10));
        var notDue = Clock("completion", "RL-LS", Now.AddHours(5));
        var justDue = Clock("same-day", "RL-LS", Now.AddSeconds(-2));   // inside the grace
        Assert.Empty(OrderAuditor.Check(Order(events, stoppedInTime, notDue, justDue), [], Now, Grace));
    }

    [Fact]
    public void An_approved_extension_may_fire_a_threshold_again()
    {
        List<EventDto> events =
        [
            E(1, "received"), E(2, "queued"), E(3, "dispatched"), E(4, "accepted"),
            E(5, "clock-warning", "same-day 50%", null), E(6, "extension-requested"), E(7, "extension-approved"),
            E(8, "clock-warning", "same-day 50%", null),
        ];
        Assert.Empty(OrderAuditor.Check(Order(events, Clock("same-day", null, Now.AddHours(20))), [], Now, Grace));
    }

    [Fact]
    public void A_same_day_clock_handed_to_a_new_lead_is_one_clock()
    {
        // Breached under RL-LS, returned, re-dispatched to ZJJ: the copy keeps the fired thresholds and fires nothing more.
        List<EventDto> events = [E(1, "received"), E(2, "queued"), E(3, "dispatched"), E(4, "clock-breach", "same-day 100%", "RL-LS"), E(5, "returned"), E(6, "dispatched", dept: "ZJJ")];
        var old = Clock("same-day", "RL-LS", T0.AddHours(1), stopped: T0.AddHours(2));
        var copy = Clock("same-day", "ZJJ", T0.AddHours(1));
        Assert.Empty(OrderAuditor.Check(Order(events, old, copy), [], Now, Grace));
    }

    [Theory]
    [InlineData("completion 100%", "completion", 100)]
    [InlineData("return-window 50%", "return-window", 50)]
    [InlineData("same-day 150%", "same-day", 150)]
    public void Clock_reasons_parse(string reason, string clock, int percent) =>
        Assert.Equal((clock, percent), OrderAuditor.ParseReason(reason));

    [Fact]
    public void Ledger_lines_round_trip()
    {
        var entry = new LedgerEntry("20261201-ABC123", "accept", 8, "accepted");
        Assert.Equal(entry, Ledger.Parse(Ledger.Format(entry)));
        Assert.Null(Ledger.Parse("# comment"));
        Assert.Throws<FormatException>(() => Ledger.Parse("only-an-id"));
    }
}
