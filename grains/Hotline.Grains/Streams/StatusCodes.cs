using Hotline.Domain;
using Hotline.Domain.WorkOrders;

namespace Hotline.Grains.Streams;

/// <summary>Questions consumers ask of a status code carried on the streams.</summary>
public static class StatusCodes
{
    /// <summary>The domain's definition, read from the code a stream event carries.</summary>
    public static bool IsTerminal(string status) =>
        Codes.TryParse<OrderStatus>(status, out var parsed) && OrderStatuses.IsTerminal(parsed);

    /// <summary>The department's part is done: it replied, or the order moved past it.</summary>
    public static bool IsCompleted(string status) =>
        Codes.TryParse<OrderStatus>(status, out var parsed) && OrderMilestones.IsCompleted(parsed);

    public static bool IsWithdrawn(string status) => status == Codes.Of(OrderStatus.Merged) || status == Codes.Of(OrderStatus.Transferred);
}
