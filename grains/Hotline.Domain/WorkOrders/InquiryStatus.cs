namespace Hotline.Domain.WorkOrders;

/// <summary>Where a 接诉即办 inquiry to a department's emergency contact stands.</summary>
public enum InquiryStatus
{
    /// <summary>待答复: the contact has been asked; the 30-minute clock runs.</summary>
    Waiting,
    /// <summary>待审核: the contact answered; the centre reviews before the caller hears it.</summary>
    Answered,
    /// <summary>已审核: the answer went to the caller (the order ends as 直接答复).</summary>
    Approved,
    /// <summary>已撤销: the centre dispatched, answered or closed the order another way.</summary>
    Cancelled,
}
