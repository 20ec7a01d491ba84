namespace Hotline.Contracts.Reviews;

[GenerateSerializer, Immutable, Alias("hotline.add-review-rule")]
public sealed record AddReviewRule(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Description,
    [property: Id(3)] RuleMatchDto Match,
    [property: Id(4)] RuleCheckDto Check,
    [property: Id(5)] IReadOnlyList<string> Stages,
    [property: Id(6)] bool Blocking);

[GenerateSerializer, Immutable, Alias("hotline.retire-review-rule")]
public sealed record RetireReviewRule([property: Id(0)] string Actor, [property: Id(1)] string Id);

/// <summary>A page of rules: status "active" | "retired", q searched in name, description, terms and match values.</summary>
[GenerateSerializer, Immutable, Alias("hotline.review-rule-query")]
public sealed record ReviewRuleQuery(
    [property: Id(0)] string Status,
    [property: Id(1)] string? Query,
    [property: Id(2)] int Page,
    [property: Id(3)] int PageSize);

[GenerateSerializer, Immutable, Alias("hotline.review-rule-page")]
public sealed record ReviewRulePage(
    [property: Id(0)] IReadOnlyList<ReviewRuleDto> Items,
    [property: Id(1)] int Total,
    [property: Id(2)] int Page,
    [property: Id(3)] int PageSize);
