using Hotline.Contracts.Orders;
using Hotline.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Integration.Tests.Clocks;

/// <summary>
/// An open order spends most of its life idle, and Orleans collects an idle activation (after its age
/// limit; here at once, through the collector's own scan). What the order keeps while out of memory is
/// its stored state and its reminder, and that must be enough: the clock still fires at its threshold,
/// once, with nothing calling the order. The bench's memory per open order is read in this state.
/// </summary>
public sealed class IdleCollectionTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task An_open_order_collected_while_idle_is_woken_by_its_reminder_at_the_threshold()
    {
        var time = new FakeTimeProvider(Start);
        await using var cluster = await HotlineTestCluster.Start(Azurite.NewServiceId("idle"), time);
        const string id = "20261201-IDLEORD";
        var order = cluster.Client.GetGrain<IWorkOrderGrain>(id);
        Assert.Null((await order.Create(Heating())).Error);
        var dispatched = (await order.Dispatch(new DispatchOrder("dispatcher:zhang", "RL-LS", []))).Order!;
        var acceptDue = dispatched.Clocks.Single(c => c.Name == "accept").DueAt;

        var management = cluster.Client.GetGrain<IManagementGrain>(0);
        Assert.Equal(1, await management.GetGrainActivationCount((GrainReference)order));
        await management.ForceActivationCollection(TimeSpan.Zero);
        await Eventually.Get(() => management.GetGrainActivationCount((GrainReference)order), count => count == 0,
            "the idle order's activation is collected");

        await using var probe = await OrderStreamProbe.ForOrder(cluster.Client, id);
        time.SetUtcNow(acceptDue);
        await Eventually.Get(() => Task.FromResult(probe.Received), events => events.Any(e => e.Action == "clock-breach"),
            "the accept breach arrives with nothing calling the order", TimeSpan.FromSeconds(60),
            // The reminder service keeps fake time: let it move a little while we wait.
            between: () => { time.Advance(TimeSpan.FromSeconds(1)); return Task.CompletedTask; });

        var woken = (await order.Get())!;
        Assert.Equal(["accept 50%", "accept 75%", "accept 90%", "accept 100%"],
            woken.Events.Where(e => e.Action.StartsWith("clock-") && e.Reason!.StartsWith("accept")).Select(e => e.Reason!));
        Assert.Equal("overdue", woken.Clocks.Single(c => c.Name == "accept").State);
    }

    private static CreateOrder Heating() => new("seat:1001", "热线电话", new CallerInfoDto("13800002222", "李女士", "citizen"),
        "141102", "离石区滨河北路 16 号院", null, null, "供热", "暖气不热", "室温只有 15 度，请尽快处理。", "normal", null);
}
