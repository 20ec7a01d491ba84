using Hotline.Domain;
using Hotline.Domain.WorkOrders;

namespace Hotline.Grains.Streams;

/// <summary>Questions consumers ask of a status code carried on the streams.</summary>
public static class StatusCodes
{
    private static readonly HashSet<string> Terminal =
        [Codes.Of(OrderStatus.DirectlyAnswered), Codes.Of(OrderStatus.Closed), Codes.Of(OrderStatus.Merged), Codes.Of(OrderStatus.Transferred)];

    /// <summary>The department's part is done: it replied, or the order moved past it.</summary>
    private static readonly HashSet<string> Completed =
        [Codes.Of(OrderStatus.Replied), Codes.Of(OrderStatus.UnderReview), Codes.Of(OrderStatus.PendingCallback), Codes.Of(OrderStatus.Closed), Codes.Of(OrderStatus.DirectlyAnswered)];

    public static bool IsTerminal(string status) => Terminal.Contains(status);

    public static bool IsCompleted(string status) => Completed.Contains(status);

    public static bool IsWithdrawn(string status) => status == Codes.Of(OrderStatus.Merged) || status == Codes.Of(OrderStatus.Transferred);
}
