using Hotline.Contracts.Callers;
using Hotline.Contracts.Orders;
using Hotline.Contracts.Streams;
using Hotline.Integration.Tests.Infrastructure;

namespace Hotline.Integration.Tests.Streams;

/// <summary>Every transition reaches the order's, the departments' and the caller's streams, in order.</summary>
[Collection(GrainCollection.Name)]
public sealed class OrderStreamTests(RealTimeClusterFixture fixture)
{
    [Fact]
    public async Task Consumers_get_each_orders_events_in_order()
    {
        const string id = "20261201-STREAM1";
        var client = fixture.Client;
        await using var orderProbe = await OrderStreamProbe.ForOrder(client, id);
        await using var leadProbe = await OrderStreamProbe.Subscribe(client, StreamNames.Department, "SJJ");
        await using var coProbe = await OrderStreamProbe.Subscribe(client, StreamNames.Department, "SHJ");

        var order = client.GetGrain<IWorkOrderGrain>(id);
        Assert.Null((await order.Create(new CreateOrder("seat:1002", "网站留言", new CallerInfoDto("13600000001", "孙先生", "enterprise"),
            "141182", "汾阳市杏花村镇", 37.26, 111.79, "市场监管", "超市售卖过期食品", "汾阳某超市货架上有过期牛奶。", "urgent", null))).Error);
        Assert.Null((await order.Dispatch(new DispatchOrder("dispatcher:zhang", "SJJ", ["SHJ"]))).Error);
        Assert.Null((await order.Accept(new AcceptOrder("dept:SHJ", "SHJ"))).Error);
        Assert.Null((await order.Accept(new AcceptOrder("dept:SJJ", "SJJ"))).Error);
        Assert.Null((await order.Reply(new ReplyOrder("dept:SJJ", "SJJ", "已下架并立案调查。", ["检查记录.pdf"], false))).Error);
        Assert.Null((await order.Review(new ReviewOrder("reviewer:chen", "department", true, []))).Error);
        Assert.Null((await order.Review(new ReviewOrder("reviewer:chen", "centre", true, []))).Error);
        var closed = (await order.Callback(new CallbackOrder("reviewer:chen", "satisfied", null))).Order!;

        var expected = closed.Events.Select(e => e.Sequence).ToArray();
        await Eventually.True(() => Task.FromResult(orderProbe.Received.Count >= expected.Length), "the order stream has every event");
        Assert.Equal(expected, orderProbe.Received.Select(e => e.Sequence));
        Assert.Equal(closed.Events.Select(e => e.Action), orderProbe.Received.Select(e => e.Action));
        Assert.Equal("closed", orderProbe.Received[^1].Status);

        // A department's stream carries every event from its dispatch on, in order.
        var fromDispatch = closed.Events.SkipWhile(e => e.Action != "dispatched").Select(e => e.Sequence).ToArray();
        await Eventually.True(() => Task.FromResult(leadProbe.Received.Count(e => e.OrderId == id) >= fromDispatch.Length), "the lead's stream has every event");
        Assert.Equal(fromDispatch, leadProbe.Received.Where(e => e.OrderId == id).Select(e => e.Sequence));
        await Eventually.True(() => Task.FromResult(coProbe.Received.Any(e => e.OrderId == id && e.Action == "closed")), "the co-handler's stream sees the close");
        var co = coProbe.Received.Where(e => e.OrderId == id).Select(e => e.Sequence).ToArray();
        Assert.Equal(co.Order(), co);

        var caller = await Eventually.Get(() => client.GetGrain<ICallerGrain>("13600000001").Get(),
            c => c.Satisfaction.GetValueOrDefault("satisfied") == 1, "the caller profile records the satisfied callback");
        Assert.Contains(id, caller.Orders);
        Assert.Empty(caller.OpenDemands);
        Assert.Equal("enterprise", caller.Type);
        Assert.Equal("孙先生", caller.Name);
    }
}
