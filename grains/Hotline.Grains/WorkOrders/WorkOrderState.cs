using Hotline.Domain.WorkOrders;

namespace Hotline.Grains.WorkOrders;

/// <summary>
/// What a work-order grain persists: the domain data plus its outbox position. Events with a
/// sequence above <see cref="PublishedThrough"/> were persisted but may not have reached the
/// streams yet; they are published again on activation (consumers drop duplicates by sequence).
/// The mark is stored with the next change, or on deactivation if none came.
/// </summary>
public sealed class WorkOrderState
{
    public WorkOrderData? Order { get; set; }

    public long PublishedThrough { get; set; }

    /// <summary>The instant the durable reminder is armed for, so it is rewritten only when it moves.</summary>
    public DateTimeOffset? ReminderDueAt { get; set; }
}
