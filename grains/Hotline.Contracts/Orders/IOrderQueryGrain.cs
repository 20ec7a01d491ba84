namespace Hotline.Contracts.Orders;

/// <summary>Reads the order index. Stateless, so list queries never queue behind one activation.</summary>
[Alias("hotline.order-query-grain")]
public interface IOrderQueryGrain : IGrainWithIntegerKey
{
    [Alias("find")] Task<OrderPage> Find(OrderQuery query);
    [Alias("live")] Task<OrderPage> Live(LiveOrdersQuery query);
}
