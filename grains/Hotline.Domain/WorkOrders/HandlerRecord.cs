namespace Hotline.Domain.WorkOrders;

/// <summary>One department's assignment to an order. Kept after a re-dispatch (inactive) so the history stays.</summary>
public sealed class HandlerRecord
{
    public string Department { get; set; } = "";

    public HandlerRole Role { get; set; }

    public DateTimeOffset DispatchedAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public DateTimeOffset? RepliedAt { get; set; }

    /// <summary>False once a re-dispatch replaced this assignment.</summary>
    public bool Active { get; set; } = true;
}
