namespace Hotline.Grains.WorkOrders;

public sealed partial class WorkOrderGrain
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} received: category {Category}, task force {TaskForce}")]
    private partial void LogCreated(string orderId, string category, string? taskForce);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} clock {Clock} of {Department} passed {Percent}% ({Signal})")]
    private partial void LogClockFired(string orderId, string clock, string? department, int percent, string signal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: events after {PublishedThrough} not published yet; retried on a timer, or with the next change")]
    private partial void LogPublishFailed(Exception exception, string orderId, long publishedThrough);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: outbox mark {PublishedThrough} not stored on deactivation; its last change is published again on the next activation")]
    private partial void LogOutboxMarkNotStored(Exception exception, string orderId, long publishedThrough);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: index row not updated; it is rewritten at the next change")]
    private partial void LogIndexFailed(Exception exception, string orderId);
}
