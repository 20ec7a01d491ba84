namespace Hotline.Contracts.Orders;

/// <summary>One row of an order list (the projection kept in the order index).</summary>
[GenerateSerializer, Immutable, Alias("hotline.order-summary")]
public sealed record OrderSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Status,
    [property: Id(2)] string Category,
    [property: Id(3)] string DistrictCode,
    [property: Id(4)] string? Lead,
    [property: Id(5)] string? TaskForce,
    [property: Id(6)] DateTimeOffset ReceivedAt,
    [property: Id(7)] bool Overdue,
    [property: Id(8)] string Title,
    [property: Id(9)] IReadOnlyList<string> Departments,
    [property: Id(10)] DateTimeOffset? NextDueAt,
    [property: Id(11)] string StatusText)
{
    /// <summary>The running clocks, so a screen can rebuild its countdowns from the index alone.</summary>
    [Id(12)] public IReadOnlyList<ClockSnapshot> Clocks { get; init; } = [];
    [Id(13)] public DateTimeOffset? DispatchedAt { get; init; }
    [Id(14)] public DateTimeOffset? CompletedAt { get; init; }
    [Id(15)] public string Urgency { get; init; } = "normal";
    /// <summary>The order's version when the row was written; screens keep the newer of a row and an event.</summary>
    [Id(16)] public long Sequence { get; init; }
    [Id(17)] public DateTimeOffset? SameDayDueAt { get; init; }
    /// <summary>Only while pending-callback: when the callback queue offers the order (inside a callback window).</summary>
    [Id(18)] public DateTimeOffset? NextCallbackAt { get; init; }
    /// <summary>Callback attempts made so far (回访次数), reached or not.</summary>
    [Id(19)] public int CallbackAttempts { get; init; }
}

[GenerateSerializer, Immutable, Alias("hotline.order-query")]
public sealed record OrderQuery(
    [property: Id(0)] string? Status,
    [property: Id(1)] string? Department,
    [property: Id(2)] string? TaskForce,
    [property: Id(3)] bool? Overdue,
    [property: Id(4)] int PageSize,
    [property: Id(5)] string? Continuation);

/// <summary>What the live screens load on start: every open order, and every order received or completed since a given instant.</summary>
[GenerateSerializer, Immutable, Alias("hotline.live-query")]
public sealed record LiveOrdersQuery(
    [property: Id(0)] DateTimeOffset Since,
    [property: Id(1)] int PageSize,
    [property: Id(2)] string? Continuation);

[GenerateSerializer, Immutable, Alias("hotline.order-page")]
public sealed record OrderPage([property: Id(0)] IReadOnlyList<OrderSummary> Items, [property: Id(1)] string? Continuation);
