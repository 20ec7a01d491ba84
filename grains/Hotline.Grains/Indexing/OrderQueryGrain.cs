using Hotline.Contracts.Orders;
using Orleans.Concurrency;

namespace Hotline.Grains.Indexing;

/// <summary>Answers list queries from the index; stateless so reads scale out across silos.</summary>
[StatelessWorker]
public sealed class OrderQueryGrain(IOrderIndex index) : Grain, IOrderQueryGrain
{
    public Task<OrderPage> Find(OrderQuery query) => index.Find(query);

    public Task<OrderPage> Live(LiveOrdersQuery query) => index.Live(query);
}
