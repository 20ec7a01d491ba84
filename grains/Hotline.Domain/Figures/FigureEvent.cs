namespace Hotline.Domain.Figures;

/// <summary>
/// The part of an order's stream event that the monthly figures count: what happened, when, to whom
/// (department, lead, district, topic) and the callback / clock / typical-case facts it carries.
/// Plain data, so the counting rules are tested without a cluster.
/// </summary>
public sealed record FigureEvent
{
    public required string OrderId { get; init; }
    public required long Sequence { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string Action { get; init; }
    public string? To { get; init; }
    /// <summary>The status code the event left the order in.</summary>
    public required string Status { get; init; }
    public string? Department { get; init; }
    public string? Lead { get; init; }
    /// <summary>The departments holding the order after the event (lead and co-handlers).</summary>
    public IReadOnlyList<string> Departments { get; init; } = [];
    public required string DistrictCode { get; init; }
    public required string Category { get; init; }
    public string? Reason { get; init; }
    /// <summary>The older satisfaction code, used when <see cref="CallbackOutcome"/> is absent.</summary>
    public string? Satisfaction { get; init; }
    public string? CallbackOutcome { get; init; }
    public bool? Resolved { get; init; }
    public string? EscalationLevel { get; init; }
    public IReadOnlyList<string> TypicalCases { get; init; } = [];
    public bool? OnTime { get; init; }
}
