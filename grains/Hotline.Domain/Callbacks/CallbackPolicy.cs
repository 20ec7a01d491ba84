namespace Hotline.Domain.Callbacks;

/// <summary>
/// When the centre may call a caller back and how often it tries: the "callback" section of sla-policies.json.
/// </summary>
public sealed record CallbackPolicy(CallbackWindows Windows, TimeSpan RetryAfter, int MaxAttempts)
{
    /// <summary>08:30–12:00 and 14:30–20:30 every day, a retry 2 h after an unanswered call, at most 3 tries.</summary>
    public static CallbackPolicy Default { get; } = new(CallbackWindows.Default, TimeSpan.FromHours(2), 3);

    /// <summary>The next instant to try again after an unanswered call at <paramref name="failedAt"/>.</summary>
    public DateTimeOffset RetryAt(DateTimeOffset failedAt) => Windows.NextCallableAt(failedAt + RetryAfter);
}
