namespace Hotline.Dashboard.Live;

/// <summary>
/// One order as the live screens hold it. The same shape comes from a stream event and from the
/// order index, so a screen's snapshot and its deltas are interchangeable; <see cref="Sequence"/>
/// decides which is newer.
/// </summary>
public sealed record OrderRow
{
    public required string Id { get; init; }
    public required long Sequence { get; init; }
    public required string Status { get; init; }
    public required string StatusText { get; init; }
    public required string Title { get; init; }
    public required string Category { get; init; }
    public required string Urgency { get; init; }
    public required string District { get; init; }
    public string? DistrictName { get; init; }
    public string? Lead { get; init; }
    public string? LeadName { get; init; }
    public required IReadOnlyList<string> Departments { get; init; }
    public string? TaskForce { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset? DispatchedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public DateTimeOffset? SameDayDueAt { get; init; }
    /// <summary>When the event behind this row happened (null for a row read from the index): screens show it, the benchmark times event-to-screen with it.</summary>
    public DateTimeOffset? ChangedAt { get; init; }
    public required bool Overdue { get; init; }
    public required IReadOnlyList<ClockRow> Clocks { get; init; }

    /// <summary>Terminal (closed, answered, merged, transferred): it leaves every screen's list.</summary>
    public required bool Terminal { get; init; }

    /// <summary>Set on a delta that takes the row off a screen.</summary>
    public bool Removed { get; init; }
}

/// <summary>A running clock on a screen: the screen counts down to <see cref="DueAt"/> and turns amber at <see cref="AmberAt"/>.</summary>
public sealed record ClockRow(
    string Name,
    string NameText,
    string? Department,
    string? DepartmentName,
    DateTimeOffset StartedAt,
    DateTimeOffset DueAt,
    DateTimeOffset AmberAt,
    DateTimeOffset? StoppedAt,
    string State);
