namespace Hotline.Domain.Duplicates;

/// <summary>An earlier order, as much of it as duplicate detection and the final-reply lock need.</summary>
public sealed record PriorOrder : MatterFacts
{
    public string Id { get; init; } = "";

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The order status code (kebab-case, e.g. "pending-dispatch", "merged").</summary>
    public string Status { get; init; } = "";

    /// <summary>Still in the loop: only an open order can be a merge parent.</summary>
    public bool IsOpen { get; init; }

    /// <summary>Ended with a final reply (最终答复).</summary>
    public bool FinalReply { get; init; }

    public string? FinalReplyText { get; init; }

    public IReadOnlyList<string> FinalReplyEvidence { get; init; } = [];

    public string? FinalReplyDepartment { get; init; }

    public DateTimeOffset? FinalReplyAt { get; init; }
}
