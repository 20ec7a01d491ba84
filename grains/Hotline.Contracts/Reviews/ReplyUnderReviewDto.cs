namespace Hotline.Contracts.Reviews;

/// <summary>A reply (or a handler's draft) and the order facts the rules match on.</summary>
[GenerateSerializer, Immutable, Alias("hotline.reply-under-review")]
public sealed record ReplyUnderReviewDto
{
    [Id(0)] public required string OrderId { get; init; }
    [Id(1)] public string Topic { get; init; } = "";
    [Id(2)] public string CategoryCode { get; init; } = "";
    [Id(3)] public string Department { get; init; } = "";
    [Id(4)] public string OrderTitle { get; init; } = "";
    [Id(5)] public string OrderContent { get; init; } = "";
    [Id(6)] public string Content { get; init; } = "";
    [Id(7)] public IReadOnlyList<string> Evidence { get; init; } = [];
    [Id(8)] public bool Final { get; init; }
    [Id(9)] public IReadOnlyList<string> EarlierReplies { get; init; } = [];
}
