namespace Hotline.Contracts.Reviews;

/// <summary>The rules' verdicts on one reply at one stage, with the counts a page shows first.</summary>
[GenerateSerializer, Immutable, Alias("hotline.review-check-report")]
public sealed record ReviewCheckReport(
    [property: Id(0)] string Stage,
    [property: Id(1)] IReadOnlyList<RuleResultDto> Results,
    [property: Id(2)] int Passed,
    [property: Id(3)] int Failed,
    [property: Id(4)] int BlockingFailed);

[GenerateSerializer, Immutable, Alias("hotline.review-rule-verdict")]
public sealed record RuleResultDto(
    [property: Id(0)] string RuleId,
    [property: Id(1)] string Name,
    [property: Id(2)] bool Passed,
    [property: Id(3)] string Message,
    [property: Id(4)] bool Blocking,
    [property: Id(5)] string Kind);
