using Hotline.Contracts.Orders;

namespace Hotline.Grains.Indexing;

/// <summary>Walks every page of an index query, for grains that rebuild their view on activation.</summary>
public static class OrderIndexPaging
{
    public const int PageSize = 500;

    public static async IAsyncEnumerable<OrderSummary> All(Func<string?, Task<OrderPage>> page)
    {
        string? continuation = null;
        do
        {
            var current = await page(continuation);
            foreach (var row in current.Items) yield return row;
            continuation = current.Continuation;
        } while (continuation is not null);
    }

    public static IAsyncEnumerable<OrderSummary> OpenOfDepartment(this IOrderIndex index, string department) =>
        All(c => index.OpenOfDepartment(department, PageSize, c));

    public static IAsyncEnumerable<OrderSummary> OfTaskForce(this IOrderIndex index, string taskForce) =>
        All(c => index.Find(new OrderQuery(null, null, taskForce, null, PageSize, c)));
}
