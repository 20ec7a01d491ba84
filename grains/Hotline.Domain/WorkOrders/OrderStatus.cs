namespace Hotline.Domain.WorkOrders;

/// <summary>Where a work order is in its lifecycle (DESIGN.md, "The work-order lifecycle").</summary>
public enum OrderStatus
{
    /// <summary>受理.</summary>
    Received,
    /// <summary>直接答复 (terminal): the seat answered on the call.</summary>
    DirectlyAnswered,
    /// <summary>待派单.</summary>
    PendingDispatch,
    /// <summary>已派单.</summary>
    Dispatched,
    /// <summary>已签收.</summary>
    Accepted,
    /// <summary>已答复.</summary>
    Replied,
    /// <summary>审核中: the department review passed; the centre reviews next.</summary>
    UnderReview,
    /// <summary>待回访.</summary>
    PendingCallback,
    /// <summary>办结 (terminal).</summary>
    Closed,
    /// <summary>退单: back at the centre, which re-dispatches or rules that the department keeps it.</summary>
    Returned,
    /// <summary>并单 (terminal): folded into a parent order.</summary>
    Merged,
    /// <summary>转办 (terminal): handed to 110 / 119 / 120.</summary>
    Transferred,
    /// <summary>重办: a dissatisfied callback sent it back to the lead.</summary>
    Reopened,
    /// <summary>接诉即办征询: no knowledge entry answered; a department's emergency contact is asked and must answer in 30 minutes.</summary>
    Inquiring,
}
