using Hotline.Contracts.Knowledge;
using Hotline.Contracts.Routing;
using Hotline.Domain.WorkOrders;
using Hotline.Grains.Duplicates;
using Hotline.Grains.Routing;
using Hotline.Intelligence.Routing;

namespace Hotline.Grains.WorkOrders;

/// <summary>
/// What an order's change feeds besides its streams and index: the place index (duplicates), the routing samples
/// (closed orders teach the classifier), the routing figures (suggestion vs first dispatch) and knowledge hit counts.
/// All after the order's own write: a failure here never undoes or fails the order's change.
/// </summary>
public sealed partial class OrderFollowUps(IPlaceIndex places, IRoutingSampleStore samples, ILogger<OrderFollowUps> logger)
{
    public async Task AfterCreate(WorkOrderData order)
    {
        if (order is not { Lat: { } lat, Lon: { } lon }) return;
        await Safely(order.Id, () => places.Add(new PlaceRow(order.Id, order.Category, order.CategoryCode, lat, lon, order.ReceivedAt,
            order.Caller.Phone, order.Title, Shorten(order.Content), order.Address)));
    }

    public async Task AfterCommand(IGrainFactory grains, WorkOrderData order, OrderStatus before, int leadsBefore)
    {
        if (leadsBefore == 0 && order.Handlers.Any(h => h.Role == HandlerRole.Lead) && order.Lead is { } lead && order.SuggestedDepartments.Count > 0)
            grains.GetGrain<IRoutingStatsGrain>(RoutingStatsGrain.Key)
                .Record(new RoutingOutcome(order.Id, lead, order.SuggestedDepartments, order.SuggestionSource ?? "")).Ignore();

        if (before != OrderStatus.Closed && order.Status == OrderStatus.Closed && order.Lead is { } handledBy)
            await Safely(order.Id, () => samples.Add(order.Id,
                new RoutingSample(order.Title, Shorten(order.Content), order.CategoryCode, order.DistrictCode, handledBy)));

        if (before != OrderStatus.DirectlyAnswered && order.Status == OrderStatus.DirectlyAnswered && order.KnowledgeId is { } knowledgeId)
            await Safely(order.Id, () => grains.GetGrain<IKnowledgeEntryGrain>(knowledgeId).RecordHit(order.Id));
    }

    private static string Shorten(string text) => text.Length <= 500 ? text : text[..500];

    private async Task Safely(string orderId, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception e)
        {
            LogFollowUpFailed(e, orderId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: a follow-up (place index, routing sample or knowledge hit) failed")]
    private partial void LogFollowUpFailed(Exception exception, string orderId);
}
