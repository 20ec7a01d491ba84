using Hotline.Contracts.Orders;
using Hotline.Contracts.Streams;
using Hotline.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Hotline.Integration.Tests.Supervision;

/// <summary>
/// 提级督办 on a real silo, its clocks driven by a FakeTimeProvider: a life-safety gas order (completion 2 h in natural
/// time) accepted in time but not replied climbs department head (100 %) → centre (150 %) → leadership (200 %), each
/// rung once, each on the order's stream with its level, each acknowledged on its own.
/// </summary>
public sealed class EscalationLadderClusterTests : IAsyncLifetime
{
    // Tuesday 1 December 2026, 10:00 in Lüliang.
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly TimeSpan Completion = TimeSpan.FromHours(2);
    private readonly FakeTimeProvider _time = new(Start);
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await HotlineTestCluster.Start(Azurite.NewServiceId("ladder"), _time);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    private static DateTimeOffset At(int percent) => Start + Completion * percent / 100;

    [Fact]
    public async Task The_ladder_climbs_rung_by_rung_and_each_rung_is_acknowledged_separately()
    {
        var (order, stream) = await AcceptedGasOrder("20261201-LADDR1");
        await using var _ = stream;

        // 90 %: the department head's warning, which is no rung of the ladder.
        var warned = await Advance(order, At(90), o => o.Events.Any(e => e.Reason == "completion 90%"), "the 90 % warning");
        Assert.Empty(warned.Supervision);
        _time.SetUtcNow(At(100) - TimeSpan.FromTicks(1));
        Assert.Empty((await order.Get())!.Supervision);

        var breached = await Advance(order, At(100), o => o.Supervision.Count == 1, "the department-head rung at 100 %");
        var step = breached.Supervision.Single();
        Assert.Equal(("department-head", "completion", "RQ", At(100)), (step.Level, step.Clock, step.Department, step.NotifiedAt));
        Assert.Contains("overdue", breached.TypicalCases);
        // The same instant again, and a fresh activation, add nothing.
        _time.SetUtcNow(At(100));
        await _cluster.DeactivateAsync((IAddressable)order);
        Assert.Single((await order.Get())!.Supervision);

        var breachEvent = await Delivered(stream, e => e.Action == "clock-breach" && e.Reason == "completion 100%", "the breach on the order stream");
        Assert.Equal("department-head", breachEvent.EscalationLevel);
        Assert.Contains("overdue", breachEvent.TypicalCases);
        var flagged = await Delivered(stream, e => e.Action == "typical-case", "the typical case on the order stream");
        Assert.Equal(("overdue", "RQ"), (flagged.Reason, flagged.Department));

        var ack = await order.AcknowledgeEscalation(new AcknowledgeEscalation("rq-head", "department-head", "RQ"));
        Assert.Equal("rq-head", ack.Order!.Supervision.Single().AcknowledgedBy);
        Assert.Equal(OrderErrorKind.Conflict, (await order.AcknowledgeEscalation(new AcknowledgeEscalation("admin", "department-head", null))).Error?.Kind);

        var centre = await Advance(order, At(150), o => o.Supervision.Count == 2, "the centre rung at 150 %");
        Assert.Equal(["department-head", "centre"], centre.Supervision.Select(s => s.Level));
        Assert.Null(centre.Supervision[1].AcknowledgedAt);
        Assert.Equal(OrderErrorKind.Conflict, (await order.AcknowledgeEscalation(new AcknowledgeEscalation("leader1", "leadership", null))).Error?.Kind);
        Assert.Null((await order.AcknowledgeEscalation(new AcknowledgeEscalation("dispatcher1", "centre", null))).Error);

        var top = await Advance(order, At(200), o => o.Supervision.Count == 3, "the leadership rung at 200 %");
        Assert.Equal(["department-head", "centre", "leadership"], top.Supervision.Select(s => s.Level));
        Assert.Null((await order.AcknowledgeEscalation(new AcknowledgeEscalation("leader1", "leadership", null))).Error);

        await Delivered(stream, e => e.EscalationLevel == "leadership", "the leadership rung on the stream");
        // Delivery is at least once (a re-activation republishes what it had not recorded as published): count by sequence.
        Assert.Equal(["department-head", "centre", "leadership"],
            stream.Received.Where(e => e.EscalationLevel is not null).DistinctBy(e => e.Sequence).Select(e => e.EscalationLevel));
        Assert.All(stream.Received.Where(e => e.Action == "clock-warning"), e => Assert.Null(e.EscalationLevel));
        var final = (await order.Get())!;
        Assert.All(final.Supervision, s => Assert.NotNull(s.AcknowledgedAt));
        Assert.Equal(3, final.Events.Count(e => e.Action == "escalation-acknowledged"));
    }

    [Fact]
    public async Task Replying_between_150_and_200_percent_stops_the_climb()
    {
        var (order, stream) = await AcceptedGasOrder("20261201-LADDR2");
        await using var _ = stream;
        await Advance(order, At(150), o => o.Supervision.Count == 2, "the centre rung at 150 %");

        _time.SetUtcNow(At(170));
        var replied = await order.Reply(new ReplyOrder("dept:RQ", "RQ", "已关闭阀门并完成检修。", ["现场照片.jpg"], false));
        Assert.Equal("replied", replied.Order!.Status);

        _time.SetUtcNow(At(200));
        _time.SetUtcNow(At(300));
        // Nothing is left to fire: a fresh activation catches up on nothing and the ladder stays at the centre.
        await _cluster.DeactivateAsync((IAddressable)order);
        var after = (await order.Get())!;
        Assert.Equal(["department-head", "centre"], after.Supervision.Select(s => s.Level));
        Assert.DoesNotContain(after.Events, e => e.Reason == "completion 200%");
        await Delivered(stream, e => e.Action == "replied", "the reply on the stream");
        Assert.DoesNotContain(stream.Received, e => e.EscalationLevel == "leadership");
    }

    private async Task<(IWorkOrderGrain Order, OrderStreamProbe Stream)> AcceptedGasOrder(string id)
    {
        var order = _cluster.Client.GetGrain<IWorkOrderGrain>(id);
        var stream = await OrderStreamProbe.ForOrder(_cluster.Client, id);
        Assert.Null((await order.Create(GasLeak())).Error);
        Assert.Null((await order.Dispatch(new DispatchOrder("dispatcher:zhang", "RQ", []))).Error);
        _time.SetUtcNow(Start.AddMinutes(5));
        var accepted = (await order.Accept(new AcceptOrder("dept:RQ", "RQ"))).Order!;
        Assert.Equal(At(100), accepted.Clocks.Single(c => c.Name == "completion").DueAt);
        return (order, stream);
    }

    /// <summary>
    /// The memory streams' pulling agents run on the silo's fake TimeProvider: each probe moves it on a few
    /// milliseconds so they poll, far too little to reach the next threshold.
    /// </summary>
    private async Task<OrderEvent> Delivered(OrderStreamProbe probe, Func<OrderEvent, bool> what, string description) =>
        (await Eventually.Get(() => Task.FromResult(probe.Received.FirstOrDefault(what)), e => e is not null, description,
            between: () =>
            {
                _time.Advance(TimeSpan.FromMilliseconds(20));
                return Task.CompletedTask;
            }))!;

    /// <summary>Moves the fake clock to <paramref name="instant"/> and waits for the grain's timer to have acted.</summary>
    private async Task<OrderSnapshot> Advance(IWorkOrderGrain order, DateTimeOffset instant, Func<OrderSnapshot, bool> done, string what)
    {
        _time.SetUtcNow(instant);
        return (await Eventually.Get(() => order.Get(), o => o is not null && done(o), what))!;
    }

    private static CreateOrder GasLeak() => new("seat:1001", "热线电话", new CallerInfoDto("13800009998", "赵女士", "citizen"),
        "141102", "离石区龙凤南路 3 号", null, null, "燃气", "楼道有燃气泄漏味道", "闻到很浓的燃气味，担心爆炸，请立即派人。", "life-safety", null);
}
