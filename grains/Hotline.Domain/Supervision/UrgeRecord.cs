namespace Hotline.Domain.Supervision;

/// <summary>催办: the centre pressing the lead department on an order it has not replied to yet.</summary>
public sealed class UrgeRecord
{
    public DateTimeOffset At { get; init; }

    public string By { get; init; } = "";

    public string Message { get; init; } = "";

    /// <summary>The lead department urged.</summary>
    public string? Department { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public string? AcknowledgedBy { get; set; }

    public bool IsOpen => AcknowledgedAt is null;
}
