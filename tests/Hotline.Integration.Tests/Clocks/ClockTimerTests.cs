using Hotline.Contracts.Orders;
using Hotline.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Hotline.Integration.Tests.Clocks;

/// <summary>
/// The order grain's clocks driven by a FakeTimeProvider: grain timers and reminders follow the
/// fake clock, so every warning, breach and escalation is checked at its exact instant.
/// </summary>
public sealed class ClockTimerTests : IAsyncLifetime
{
    // Tuesday 1 December 2026, 10:00 in Lüliang: a working day in the heating season.
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly FakeTimeProvider _time = new(Start);
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await HotlineTestCluster.Start(Azurite.NewServiceId("clock"), _time);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Every_warning_breach_and_escalation_fires_at_its_instant_once()
    {
        var order = _cluster.Client.GetGrain<IWorkOrderGrain>("20261201-CLOCK1");
        Assert.Null((await order.Create(GasLeak())).Error);
        var dispatched = (await order.Dispatch(new DispatchOrder("dispatcher:zhang", "RQ", []))).Order!;

        // Life-safety gas order: accept 15 min, emergency answer 30 min, completion 2 h (natural time).
        var thresholds = new[] { 50, 75, 90, 100, 150, 200 };
        var expected = dispatched.Clocks
            .Where(c => c.Name != "return-window")
            .SelectMany(c => thresholds.Select(p => (Clock: c.Name, Percent: p,
                At: c.StartedAt + TimeSpan.FromTicks((c.DueAt - c.StartedAt).Ticks * p / 100))))
            .OrderBy(x => x.At).ToArray();
        Assert.Equal(new[] { "accept", "emergency-answer", "completion" }.Order(), expected.Select(x => x.Clock).Distinct().Order());
        Assert.Equal(Start.AddMinutes(15), dispatched.Clocks.Single(c => c.Name == "accept").DueAt);

        foreach (var instant in expected.Select(x => x.At).Distinct())
        {
            // One tick before the instant nothing new may fire; at the instant, exactly what is due.
            _time.SetUtcNow(instant - TimeSpan.FromTicks(1));
            _time.SetUtcNow(instant);
            var due = expected.Where(x => x.At <= instant).Select(x => $"{x.Clock} {x.Percent}%").ToHashSet();
            var snapshot = await Eventually.Get(() => order.Get(), o => ClockReasons(o!).Count == due.Count,
                $"all thresholds due by {instant:HH:mm:ss.fff} have fired");
            Assert.Equal(due, ClockReasons(snapshot!).ToHashSet());
            foreach (var e in snapshot!.Events.Where(e => e.Action.StartsWith("clock-")))
                Assert.Equal(expected.Single(x => $"{x.Clock} {x.Percent}%" == e.Reason).At, e.At);
        }

        var final = (await order.Get())!;
        Assert.Equal(expected.Length, ClockReasons(final).Count);
        Assert.Equal(ClockReasons(final).Count, ClockReasons(final).Distinct().Count());
        Assert.Equal(9, final.Events.Count(e => e.Action == "clock-warning"));
        Assert.Equal(3, final.Events.Count(e => e.Action == "clock-breach"));
        Assert.Equal(6, final.Events.Count(e => e.Action == "clock-escalation"));
        Assert.True(final.Overdue);

        // A new activation catches up on nothing: everything fired is recorded in state.
        await _cluster.DeactivateAsync((IAddressable)order);
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(expected.Length, ClockReasons((await order.Get())!).Count);
    }

    [Fact]
    public async Task Accepting_in_time_stops_the_accept_clock_before_it_warns()
    {
        var order = _cluster.Client.GetGrain<IWorkOrderGrain>("20261201-CLOCK2");
        Assert.Null((await order.Create(GasLeak())).Error);
        await order.Dispatch(new DispatchOrder("dispatcher:zhang", "RQ", []));
        _time.Advance(TimeSpan.FromMinutes(5));
        var accepted = (await order.Accept(new AcceptOrder("dept:RQ", "RQ"))).Order!;
        Assert.Equal("met", accepted.Clocks.Single(c => c.Name == "accept").State);

        // Accepting also answers the emergency contact's clock; only completion runs on, and its
        // first warning at 60 min is the first threshold to fire at all.
        _time.SetUtcNow(Start.AddMinutes(60));
        var snapshot = await Eventually.Get(() => order.Get(), o => ClockReasons(o!).Count > 0, "the completion clock's first warning");
        Assert.Equal(["completion 50%"], ClockReasons(snapshot!));
        Assert.Equal("met", snapshot!.Clocks.Single(c => c.Name == "emergency-answer").State);
    }

    private static List<string> ClockReasons(OrderSnapshot order) =>
        order.Events.Where(e => e.Action.StartsWith("clock-")).Select(e => e.Reason!).ToList();

    private static CreateOrder GasLeak() => new("seat:1001", "热线电话", new CallerInfoDto("13800009999", "赵女士", "citizen"),
        "141102", "离石区龙凤南路 3 号", null, null, "燃气", "楼道有燃气泄漏味道", "闻到很浓的燃气味，担心爆炸，请立即派人。", "life-safety", null);
}
