namespace Hotline.Contracts.Reviews;

/// <summary>A review rule as the API shows it; stages and status are codes.</summary>
[GenerateSerializer, Immutable, Alias("hotline.review-rule")]
public sealed record ReviewRuleDto
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public string Description { get; init; } = "";
    [Id(3)] public required RuleMatchDto Match { get; init; }
    [Id(4)] public required RuleCheckDto Check { get; init; }
    [Id(5)] public required IReadOnlyList<string> Stages { get; init; }
    [Id(6)] public bool Blocking { get; init; }
    [Id(7)] public required string Status { get; init; }
    [Id(8)] public required string StatusText { get; init; }
    [Id(9)] public int Version { get; init; }
    [Id(10)] public string CreatedBy { get; init; } = "";
    [Id(11)] public DateTimeOffset CreatedAt { get; init; }
    [Id(12)] public string? RetiredBy { get; init; }
    [Id(13)] public DateTimeOffset? RetiredAt { get; init; }
    /// <summary>The check kind in Chinese (须提及, 引用政策法规 …).</summary>
    [Id(14)] public string CheckText { get; init; } = "";
}

[GenerateSerializer, Immutable, Alias("hotline.review-rule-match")]
public sealed record RuleMatchDto(
    [property: Id(0)] IReadOnlyList<string> Topics,
    [property: Id(1)] IReadOnlyList<string> CategoryCodes,
    [property: Id(2)] IReadOnlyList<string> Departments,
    [property: Id(3)] IReadOnlyList<string> Keywords);

[GenerateSerializer, Immutable, Alias("hotline.review-rule-check")]
public sealed record RuleCheckDto(
    [property: Id(0)] string Kind,
    [property: Id(1)] IReadOnlyList<string> Terms,
    [property: Id(2)] int? Min);
