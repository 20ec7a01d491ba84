namespace Hotline.Domain.WorkOrders;

/// <summary>A department's reply, kept even when a review rejects it.</summary>
public sealed record ReplyRecord
{
    public string Department { get; init; } = "";

    public string Content { get; init; } = "";

    public List<string> Evidence { get; init; } = [];

    /// <summary>最终答复: signed off by the department head; the same matter is not accepted again.</summary>
    public bool Final { get; init; }

    public DateTimeOffset At { get; init; }

    public string Actor { get; init; } = "";
}
