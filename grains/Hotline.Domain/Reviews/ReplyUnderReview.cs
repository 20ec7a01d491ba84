namespace Hotline.Domain.Reviews;

/// <summary>A reply (or a handler's draft) with the order facts the rules match on.</summary>
public sealed record ReplyUnderReview
{
    public string OrderId { get; init; } = "";

    /// <summary>The order's level-2 topic (its category).</summary>
    public string Topic { get; init; } = "";

    /// <summary>The order's five-level category code; "" when the seat picked none.</summary>
    public string CategoryCode { get; init; } = "";

    /// <summary>The replying department (the lead).</summary>
    public string Department { get; init; } = "";

    public string OrderTitle { get; init; } = "";

    public string OrderContent { get; init; } = "";

    /// <summary>The reply text.</summary>
    public string Content { get; init; } = "";

    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>最终答复.</summary>
    public bool Final { get; init; }

    /// <summary>The department's earlier replies on this order: a rejected reply sent again word for word is not a new answer.</summary>
    public IReadOnlyList<string> EarlierReplies { get; init; } = [];
}
