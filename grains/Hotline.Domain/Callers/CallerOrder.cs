using Hotline.Domain.WorkOrders;

namespace Hotline.Domain.Callers;

/// <summary>One of a caller's orders as the caller profile keeps it (JSON-safe; updated in place by facts).</summary>
public sealed record CallerOrder
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string CategoryTopic { get; set; } = "";

    public string CategoryCode { get; set; } = "";

    public OrderStatus Status { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>When the order reached a terminal status (办结, 直接答复, 并单, 转办).</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public bool DirectlyAnswered { get; set; }

    /// <summary>Directly answered, and the caller had not raised the topic in the 30 days before.</summary>
    public bool FirstContactResolved { get; set; }

    public int Reopened { get; set; }

    public bool FinalReply { get; set; }

    public string? FinalReplyText { get; set; }

    public List<string> FinalReplyEvidence { get; set; } = [];

    public string? FinalReplyDepartment { get; set; }

    public DateTimeOffset? FinalReplyAt { get; set; }

    /// <summary>The latest callback's answer.</summary>
    public Satisfaction? Satisfaction { get; set; }

    public string Address { get; set; } = "";

    public double? Lat { get; set; }

    public double? Lon { get; set; }

    /// <summary>At most <see cref="CallerHistory.ContentMax"/> characters: enough to recognise the matter.</summary>
    public string Content { get; set; } = "";

    public bool IsOpen => !OrderStatuses.IsTerminal(Status);
}
