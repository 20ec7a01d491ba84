namespace Hotline.Domain.Callbacks;

/// <summary>One call to the caller after the reply was approved, reached or not. Stored in the order's state.</summary>
public sealed record CallbackAttempt
{
    public DateTimeOffset At { get; init; }

    public string Actor { get; init; } = "";

    public CallbackOutcome Outcome { get; init; }

    public string? Note { get; init; }

    /// <summary>实际解决, as the caller said (or as inferred from the outcome); null when the caller was not reached.</summary>
    public bool? Resolved { get; init; }

    /// <summary>实际解决 only when the caller was asked and said so; null when it was inferred or nobody answered.</summary>
    public bool? StatedResolved { get; init; }

    /// <summary>The audit event that recorded the attempt, so a stream event can carry the attempt's outcome.</summary>
    public long Sequence { get; init; }
}
