namespace Hotline.Contracts.Streams;

using Hotline.Contracts.Orders;

/// <summary>
/// One audit event of a work order as published on the streams, carrying enough of the order
/// (status, lead, district, clocks) that a consumer needs no call back to the order grain.
/// <see cref="Sequence"/> increases by one per order: consumers drop what they have seen.
/// </summary>
[GenerateSerializer, Immutable, Alias("hotline.order-event")]
public sealed record OrderEvent
{
    [Id(0)] public required string OrderId { get; init; }
    [Id(1)] public required long Sequence { get; init; }
    [Id(2)] public required DateTimeOffset At { get; init; }
    [Id(3)] public required string Action { get; init; }
    [Id(4)] public string? From { get; init; }
    [Id(5)] public string? To { get; init; }
    [Id(6)] public required string Actor { get; init; }
    [Id(7)] public string? Reason { get; init; }
    [Id(8)] public string? Department { get; init; }
    [Id(9)] public required string Status { get; init; }
    [Id(10)] public string? Lead { get; init; }
    [Id(11)] public required IReadOnlyList<string> Departments { get; init; }
    [Id(12)] public required string DistrictCode { get; init; }
    [Id(13)] public required string Category { get; init; }
    [Id(14)] public string? TaskForce { get; init; }
    [Id(15)] public required bool Overdue { get; init; }
    [Id(16)] public required IReadOnlyList<ClockSnapshot> Clocks { get; init; }
    [Id(17)] public required string CallerPhone { get; init; }
    [Id(18)] public required DateTimeOffset ReceivedAt { get; init; }
    [Id(19)] public required string Title { get; init; }
    [Id(20)] public string? Satisfaction { get; init; }
    [Id(21)] public string? CallerName { get; init; }
    [Id(22)] public required string CallerType { get; init; }
    [Id(23)] public DateTimeOffset? DispatchedAt { get; init; }
    [Id(24)] public DateTimeOffset? CompletedAt { get; init; }
    [Id(25)] public string Urgency { get; init; } = "normal";
    [Id(26)] public DateTimeOffset? SameDayDueAt { get; init; }
    [Id(27)] public string CategoryCode { get; init; } = "";
    // The matter itself travels only on "received" (callers match duplicates on it); later events stay small.
    [Id(28)] public string? Address { get; init; }
    [Id(29)] public double? Lat { get; init; }
    [Id(30)] public double? Lon { get; init; }
    [Id(31)] public string? Content { get; init; }
    /// <summary>Set once the lead's reply is a final reply (最终答复): the matter is closed to new orders from this caller.</summary>
    [Id(32)] public FinalReplyNotice? FinalReply { get; init; }
    [Id(33)] public int ReopenCount { get; init; }
    /// <summary>On "callback" events: satisfied | basically-satisfied | dissatisfied | unreachable.</summary>
    [Id(34)] public string? CallbackOutcome { get; init; }
    /// <summary>On "callback" and "closed" events: the caller said the problem is actually solved (实际解决), not only closed on paper.</summary>
    [Id(35)] public bool? Resolved { get; init; }
    /// <summary>On clock breach / escalation events: the rung of the ladder told (department-head | centre | leadership).</summary>
    [Id(36)] public string? EscalationLevel { get; init; }
    /// <summary>The typical-case flags (推诿 push-back, 慢作为 slow-response, 超期 overdue, 敷衍 perfunctory) the order carries after this event.</summary>
    [Id(37)] public IReadOnlyList<string> TypicalCases { get; init; } = [];
    /// <summary>On "accepted" and "replied" events: the department's accept / completion (or same-day) clock was met.</summary>
    [Id(38)] public bool? OnTime { get; init; }
    /// <summary>
    /// The departments assigned to the order (lead and co-handlers) after the event. Unlike <see cref="Departments"/>,
    /// it leaves out an inquiry's or a consultation's departments, which are asked but do not handle the order.
    /// </summary>
    [Id(39)] public IReadOnlyList<string> Handlers { get; init; } = [];
}
