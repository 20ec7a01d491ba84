using Hotline.Contracts.Orders;
using Hotline.Contracts.Streams;
using Hotline.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Integration.Tests.Clocks;

/// <summary>
/// A clock that falls due while its silo is down, or while its order is out of memory, fires after
/// all, exactly once: the durable reminder (in Azurite) re-activates the order, which catches up
/// from its stored state.
/// </summary>
public sealed class SiloRestartTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Clock_due_while_silo_is_down_fires_after_restart_exactly_once()
    {
        var time = new FakeTimeProvider(Start);
        var serviceId = Azurite.NewServiceId("restart");
        const string id = "20261201-RESTART";

        // Silo 1: a heating order is dispatched; its accept clock (30 min) starts.
        await using (var first = await HotlineTestCluster.Start(serviceId, time))
        {
            var order = first.Client.GetGrain<IWorkOrderGrain>(id);
            Assert.Null((await order.Create(SampleOrders.Heating())).Error);
            var dispatched = (await order.Dispatch(new DispatchOrder("dispatcher:zhang", "RL-LS", []))).Order!;
            Assert.Equal(Start.AddMinutes(30), dispatched.Clocks.Single(c => c.Name == "accept").DueAt);
            Assert.DoesNotContain(dispatched.Events, e => e.Action.StartsWith("clock-"));
        }

        // The silo is down while the accept clock passes 50, 75, 90 and 100 %.
        time.SetUtcNow(Start.AddMinutes(40));

        // Silo 2 over the same storage. Nothing calls the order: only its reminder can wake it.
        await using (var second = await HotlineTestCluster.Start(serviceId, time))
        {
            await using var probe = await OrderStreamProbe.ForOrder(second.Client, id);
            await Eventually.Get(() => Task.FromResult(probe.Received), events => events.Any(e => e.Action == "clock-breach"),
                "the accept breach arrives on the order's stream after the restart", TimeSpan.FromSeconds(60),
                // The reminder service keeps fake time: let it move a little while we wait.
                between: () => { time.Advance(TimeSpan.FromSeconds(1)); return Task.CompletedTask; });
            var breach = probe.Received.Single(e => e.Action == "clock-breach");
            Assert.Equal("accept 100%", breach.Reason);
            Assert.Equal("RL-LS", breach.Department);
            Assert.True(breach.At >= Start.AddMinutes(40));
            Assert.True(breach.Overdue);
            Assert.Equal(["accept 50%", "accept 75%", "accept 90%", "accept 100%"],
                probe.Received.Where(e => e.Action.StartsWith("clock-")).Select(e => e.Reason!).Take(4));
        }

        // Silo 3: the breach is in the stored audit trail once and does not fire again.
        await using (var third = await HotlineTestCluster.Start(serviceId, time))
        {
            var order = (await third.Client.GetGrain<IWorkOrderGrain>(id).Get())!;
            Assert.Single(order.Events, e => e.Action == "clock-breach" && e.Reason == "accept 100%");
            Assert.Equal(order.Events.Count, order.Events.Select(e => e.Reason + e.Action + e.Sequence).Distinct().Count());
            Assert.Equal("overdue", order.Clocks.Single(c => c.Name == "accept").State);
        }
    }

    /// <summary>
    /// Accepting moves the next threshold later (the same-day clock), and the armed reminder is kept rather
    /// than rewritten. It must still bring the order back: it fires at its old instant, the order catches
    /// up on everything that passed, and nothing is missed for having kept the earlier reminder.
    /// </summary>
    [Fact]
    public async Task A_reminder_kept_when_the_next_threshold_moved_later_still_wakes_the_order()
    {
        var time = new FakeTimeProvider(Start);
        var serviceId = Azurite.NewServiceId("kept");
        const string id = "20261201-KEPTREM";
        DateTimeOffset replyDue;

        await using (var first = await HotlineTestCluster.Start(serviceId, time))
        {
            var order = first.Client.GetGrain<IWorkOrderGrain>(id);
            Assert.Null((await order.Create(SampleOrders.Heating())).Error);
            Assert.Null((await order.Dispatch(new DispatchOrder("dispatcher:zhang", "RL-LS", []))).Error);
            time.Advance(TimeSpan.FromMinutes(1));
            var accepted = (await order.Accept(new AcceptOrder("dept:RL-LS", "RL-LS"))).Order!;
            replyDue = accepted.Clocks.Single(c => c.Name == "same-day").DueAt;
            Assert.True(replyDue > Start.AddMinutes(30), "the same-day clock ends after the accept clock would have");
        }

        // Down past the same-day deadline: only the reminder armed at dispatch (for the accept clock's 50 %) is left.
        time.SetUtcNow(replyDue.AddMinutes(1));

        await using (var second = await HotlineTestCluster.Start(serviceId, time))
        {
            await using var probe = await OrderStreamProbe.ForOrder(second.Client, id);
            await Eventually.Get(() => Task.FromResult(probe.Received), events => events.Any(e => e.Action == "clock-breach" && e.Reason == "same-day 100%"),
                "the same-day breach arrives after the restart", TimeSpan.FromSeconds(60),
                between: () => { time.Advance(TimeSpan.FromSeconds(1)); return Task.CompletedTask; });
            var order = (await second.Client.GetGrain<IWorkOrderGrain>(id).Get())!;
            Assert.Single(order.Events, e => e.Action == "clock-breach" && e.Reason == "same-day 100%");
            Assert.DoesNotContain(order.Events, e => e.Action.StartsWith("clock-") && e.Reason!.StartsWith("accept"));
        }
    }

    /// <summary>
    /// An open order spends most of its life idle, and Orleans collects an idle activation (after its age
    /// limit; here at once, through the collector's own scan). What the order keeps while out of memory is
    /// its stored state and its reminder, and that must be enough: the clock still fires at its threshold,
    /// with nothing calling the order. The bench's memory per open order is read in this state.
    /// </summary>
    [Fact]
    public async Task An_open_order_collected_while_idle_is_woken_by_its_reminder_at_the_threshold()
    {
        var time = new FakeTimeProvider(Start);
        await using var cluster = await HotlineTestCluster.Start(Azurite.NewServiceId("idle"), time);
        const string id = "20261201-IDLEORD";
        var order = cluster.Client.GetGrain<IWorkOrderGrain>(id);
        Assert.Null((await order.Create(SampleOrders.Heating())).Error);
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

        // The order stored its outbox mark when it left memory, so waking it published only what was new:
        // its dispatch is not sent a second time ahead of the clock events.
        Assert.DoesNotContain(probe.Received, e => e.Action is "dispatched" or "created");
        var woken = (await order.Get())!;
        Assert.Equal(["accept 50%", "accept 75%", "accept 90%", "accept 100%"],
            woken.Events.Where(e => e.Action.StartsWith("clock-") && e.Reason!.StartsWith("accept")).Select(e => e.Reason!));
        Assert.Equal("overdue", woken.Clocks.Single(c => c.Name == "accept").State);
    }
}
