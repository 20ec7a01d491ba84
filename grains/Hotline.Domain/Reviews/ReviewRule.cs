using Hotline.Domain.Reviews.Checks;

namespace Hotline.Domain.Reviews;

/// <summary>
/// 审核规则: data the centre edits without a deploy. Which replies it applies to (<see cref="Match"/>), what it
/// requires of them (<see cref="Check"/>), at which stages, and whether a failure blocks the review.
/// </summary>
public sealed record ReviewRule
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    public RuleMatch Match { get; init; } = new();

    public RuleCheck Check { get; init; } = new();

    public IReadOnlyList<ReviewStage> Stages { get; init; } = [];

    /// <summary>A blocking failure must be fixed before the reply passes; a non-blocking one is advice.</summary>
    public bool Blocking { get; init; }

    public ReviewRuleStatus Status { get; init; } = ReviewRuleStatus.Active;

    public int Version { get; init; } = 1;

    public string CreatedBy { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public string? RetiredBy { get; init; }

    public DateTimeOffset? RetiredAt { get; init; }

    public bool IsActive => Status == ReviewRuleStatus.Active;

    /// <summary>True when this rule is to be applied to the reply at this stage.</summary>
    public bool Applies(ReplyUnderReview reply, ReviewStage stage) =>
        IsActive && Stages.Contains(stage) && Match.Matches(reply);

    /// <summary>Runs the check (no matching: see <see cref="Applies"/>).</summary>
    public RuleResult Evaluate(ReplyUnderReview reply) => Evaluate(ReplyChecks.Create(Check), reply);

    internal RuleResult Evaluate(IReplyCheck check, ReplyUnderReview reply)
    {
        var missing = check.Missing(reply);
        return new RuleResult(Id, Name, missing is null, missing ?? "", Blocking, Check.Kind);
    }

    /// <summary>The rule retired: never applied again, kept for the record.</summary>
    public ReviewRule Retire(string actor, DateTimeOffset now) =>
        this with { Status = ReviewRuleStatus.Retired, RetiredBy = actor, RetiredAt = now, Version = Version + 1 };
}
