namespace Hotline.Domain.Reviews;

/// <summary>
/// What a rule checks: a kind (see <see cref="Checks.ReplyChecks"/>) with its terms and a number, as the centre
/// wrote them. Which of the two a kind needs is the kind's business.
/// </summary>
public sealed record RuleCheck
{
    public string Kind { get; init; } = "";

    public IReadOnlyList<string> Terms { get; init; } = [];

    public int? Min { get; init; }
}
