using Hotline.Contracts.Orders;
using Hotline.Contracts.Streams;
using Hotline.Grains.Streams;
using Hotline.Integration.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Integration.Tests.Streams;

/// <summary>
/// Streams that refuse (a full memory queue in a burst) never fail an acknowledged change, and its
/// events are not left waiting for a next change that may never come: the order retries on a timer.
/// </summary>
public sealed class PublishRetryTests
{
    [Fact]
    public async Task Events_refused_by_the_streams_go_out_on_a_retry_without_another_change()
    {
        var refusing = new RefusingPublisher();
        await using var cluster = await HotlineTestCluster.Start(Azurite.NewServiceId("retry"), services: s =>
            s.Replace(ServiceDescriptor.Singleton<IOrderEventPublisher>(sp =>
                refusing.Around(ActivatorUtilities.CreateInstance<OrderEventPublisher>(sp)))));
        const string id = "20261201-RETRY01";
        await using var probe = await OrderStreamProbe.ForOrder(cluster.Client, id);

        var order = cluster.Client.GetGrain<IWorkOrderGrain>(id);
        refusing.Refuse = true;
        Assert.Null((await order.Create(SampleOrders.Heating("13800002222"))).Error);
        var dispatched = (await order.Dispatch(new DispatchOrder("dispatcher:zhang", "RL-LS", []))).Order!;

        // Acknowledged although refused, and tried again by the order itself while still refused.
        await Eventually.True(() => Task.FromResult(refusing.Refused >= 3), "the order retries the refused events on its own");
        Assert.Empty(probe.Received);

        refusing.Refuse = false;
        var expected = dispatched.Events.Select(e => e.Sequence).ToArray();
        await Eventually.True(() => Task.FromResult(probe.Received.Count >= expected.Length), "the retry delivers every event", TimeSpan.FromSeconds(60));
        Assert.Equal(expected, probe.Received.Select(e => e.Sequence));
    }


    /// <summary>Refuses every publish while <see cref="Refuse"/> is set, as a full queue would; otherwise passes it on.</summary>
    private sealed class RefusingPublisher
    {
        private int _refused;

        public volatile bool Refuse;

        public int Refused => Volatile.Read(ref _refused);

        public IOrderEventPublisher Around(IOrderEventPublisher inner) => new Gate(this, inner);

        private sealed class Gate(RefusingPublisher owner, IOrderEventPublisher inner) : IOrderEventPublisher
        {
            public Task Publish(IReadOnlyList<StreamId> streams, IReadOnlyList<OrderEvent> events)
            {
                if (!owner.Refuse) return inner.Publish(streams, events);
                Interlocked.Increment(ref owner._refused);
                return Task.FromException(new InvalidOperationException("Can not enqueue since the count has reached its maximum"));
            }
        }
    }
}
