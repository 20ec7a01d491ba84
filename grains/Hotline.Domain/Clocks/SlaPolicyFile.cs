namespace Hotline.Domain.Clocks;

/// <summary>The JSON shape of sla-policies.json; <see cref="SlaPolicyBook"/> turns it into domain types.</summary>
internal sealed record SlaPolicyFile(
    IReadOnlyList<SlaPolicyFile.ThresholdEntry> Thresholds,
    SlaPolicyFile.SameDayEntry SameDay,
    IReadOnlyList<SlaPolicyFile.RuleEntry> Rules,
    SlaPolicyFile.CallbackEntry? Callback = null)
{
    internal sealed record ThresholdEntry(int Percent, string Signal, string Notify);

    internal sealed record SameDayEntry(string CutOff, string LateDue);

    /// <summary>回访: when callers may be phoned (local "HH:mm-HH:mm"), the wait after an unanswered call, the tries.</summary>
    internal sealed record CallbackEntry(IReadOnlyList<string> Windows, string RetryAfter, int MaxAttempts);

    internal sealed record RuleEntry(string Name, IReadOnlyDictionary<string, string?> Clocks, MatchEntry? Match = null);

    internal sealed record MatchEntry(IReadOnlyList<string>? Categories = null, string? Urgency = null, string? TaskForce = null);
}
