namespace Hotline.Domain.WorkOrders;

/// <summary>
/// One immutable line of an order's history. <see cref="From"/> and <see cref="To"/> are set only when
/// the status changed; events that leave the status alone (a co-handler's reply, a clock warning) carry neither.
/// </summary>
public sealed record AuditEvent
{
    /// <summary>1-based, per order, without gaps.</summary>
    public long Sequence { get; init; }

    public DateTimeOffset At { get; init; }

    public string Actor { get; init; } = "";

    /// <summary>A stable code from <see cref="AuditActions"/>; screens translate it.</summary>
    public string Action { get; init; } = "";

    public OrderStatus? From { get; init; }

    public OrderStatus? To { get; init; }

    /// <summary>The why: grounds, review reasons, a note, or for clocks e.g. "accept 75%".</summary>
    public string? Reason { get; init; }

    public string? Department { get; init; }
}
