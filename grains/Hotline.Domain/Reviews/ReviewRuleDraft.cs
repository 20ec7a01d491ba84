namespace Hotline.Domain.Reviews;

/// <summary>A rule as someone proposes it, before validation; stages are still codes ("self-check" …).</summary>
public sealed record ReviewRuleDraft
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    public RuleMatch Match { get; init; } = new();

    public RuleCheck Check { get; init; } = new();

    public IReadOnlyList<string> Stages { get; init; } = [];

    public bool Blocking { get; init; }
}
