using Hotline.Contracts.Orders;
using Hotline.Contracts.Streams;
using Hotline.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Hotline.Integration.Tests.Consultations;

/// <summary>
/// 会商 on a real silo with a FakeTimeProvider: a lead and two co-handlers with different sub-deadlines; one answers in
/// time, the other's clock breaches first (seen on its department stream) and it answers late; the conclusion
/// dispatches the order to the lead with both co-handlers.
/// </summary>
public sealed class ConsultationClockTests : IAsyncLifetime
{
    // Tuesday 1 December 2026, 10:00 in Lüliang: a working day.
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly FakeTimeProvider _time = new(Start);
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await HotlineTestCluster.Start(Azurite.NewServiceId("consult"), _time);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Two_co_handlers_one_in_time_one_late_then_the_conclusion_dispatches_to_the_lead()
    {
        var client = _cluster.Client;
        var order = client.GetGrain<IWorkOrderGrain>("20261201-CONSULT1");
        Assert.Null((await order.Create(PropertyOrder())).Error);
        await using var cgjStream = await OrderStreamProbe.Subscribe(client, StreamNames.Department, "CGJ");

        var opened = Ok(await order.OpenConsultation(new OpenConsultation("dispatcher:1", "楼道灯维修责任归属", "RL-LS",
            [new ConsultationInviteeDto("ZJJ", Start.AddHours(4)), new ConsultationInviteeDto("CGJ", Start.AddHours(2))])));
        Assert.Equal("pending-dispatch", opened.Status);
        var consultation = opened.Consultation!;
        Assert.Equal(["RL-LS", "ZJJ", "CGJ"], consultation.Participants.Select(p => p.Department));
        Assert.Equal(["lead", "co", "co"], consultation.Participants.Select(p => p.Role));
        Assert.Equal(Start.AddHours(2), Assert.Single(opened.Clocks, c => c.Name == "consultation" && c.Department == "CGJ").DueAt);
        // The lead's deadline is the policy's: one working day, next day 10:00.
        Assert.Equal(Start.AddDays(1), Assert.Single(opened.Clocks, c => c.Name == "consultation" && c.Department == "RL-LS").DueAt);
        await Delivered(cgjStream, e => e.Action == "consultation-opened", "CGJ's stream carries the consultation");

        _time.SetUtcNow(Start.AddHours(1));
        var zjj = Ok(await order.ReplyConsultation(new ReplyConsultation("dept:ZJJ", "ZJJ", "楼道公共照明属物业维修范围，住建部门负责督促")));
        Assert.Equal("met", zjj.Clocks.Single(c => c.Name == "consultation" && c.Department == "ZJJ").State);

        // CGJ's two hours run out: the grain's own timer fires the breach, on the fake clock.
        _time.SetUtcNow(Start.AddHours(2));
        var breached = await Eventually.Get(() => order.Get(), o => o!.Events.Any(e => e.Action == "clock-breach"), "CGJ's consultation clock breaches");
        var breach = Assert.Single(breached!.Events, e => e.Action == "clock-breach");
        Assert.Equal(("CGJ", "consultation 100%", Start.AddHours(2)), (breach.Department, breach.Reason, breach.At));
        Assert.Equal("overdue", breached.Clocks.Single(c => c.Name == "consultation" && c.Department == "CGJ").State);
        await Delivered(cgjStream, e => e.Action == "clock-breach" && e.Department == "CGJ", "the breach reaches CGJ's department stream");

        _time.SetUtcNow(Start.AddHours(3));
        var late = Ok(await order.ReplyConsultation(new ReplyConsultation("dept:CGJ", "CGJ", "城管负责督促物业整改")));
        Assert.True(late.Consultation!.Participants.Single(p => p.Department == "CGJ").Late);
        Assert.Equal("late", late.Clocks.Single(c => c.Name == "consultation" && c.Department == "CGJ").State);
        _time.SetUtcNow(Start.AddHours(3.25));
        Ok(await order.ReplyConsultation(new ReplyConsultation("dept:RL-LS", "RL-LS", "同意牵头")));

        _time.SetUtcNow(Start.AddHours(3.5));
        var concluded = Ok(await order.ConcludeConsultation(new ConcludeConsultation("dispatcher:1", "由 RL-LS 牵头，ZJJ、CGJ 协办", true)));

        Assert.Equal("dispatched", concluded.Status);
        Assert.Equal("RL-LS", concluded.Lead);
        Assert.Equal(["ZJJ", "CGJ"], concluded.CoHandlers);
        Assert.Equal("由 RL-LS 牵头，ZJJ、CGJ 协办", concluded.Consultation!.Outcome);
        Assert.False(concluded.Consultation.Open);
        Assert.Empty(concluded.Consultation.Missing);
        Assert.Equal(["楼道公共照明属物业维修范围，住建部门负责督促", "城管负责督促物业整改", "同意牵头"],
            concluded.Consultation.Participants.OrderBy(p => p.RepliedAt).Select(p => p.Opinion!));
        Assert.Equal(["consultation-concluded", "dispatched"], concluded.Events.TakeLast(2).Select(e => e.Action));
        Assert.DoesNotContain(concluded.Clocks, c => c.Name == "consultation" && c.StoppedAt is null);
        await Delivered(cgjStream, e => e.Action == "dispatched" && e.Departments.Contains("CGJ"), "CGJ hears of the dispatch as co-handler");
    }

    /// <summary>
    /// The memory streams' pulling agents run on the silo's TimeProvider, the fake one here: each probe moves it on a
    /// few milliseconds so the agents poll, far too little to reach the next clock threshold.
    /// </summary>
    private async Task Delivered(OrderStreamProbe probe, Func<OrderEvent, bool> what, string description) =>
        await Eventually.Get(() => Task.FromResult(probe.Received.Any(what)), seen => seen, description,
            between: () =>
            {
                _time.Advance(TimeSpan.FromMilliseconds(20));
                return Task.CompletedTask;
            });

    private static OrderSnapshot Ok(OrderResult result)
    {
        Assert.True(result.Error is null, result.Error?.Message);
        return result.Order!;
    }

    private static CreateOrder PropertyOrder() => new("seat:S001", "市长信箱", new CallerInfoDto("13900005678", "李女士", "citizen"), "141181",
        "孝义市府前街 8 号小区", null, null, "物业管理", "小区物业不作为", "小区楼道灯损坏两个月无人维修，物业推诿。", "normal", null);
}
