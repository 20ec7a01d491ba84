namespace Hotline.Domain.Clocks;

/// <summary>The moments of the lifecycle at which clocks start.</summary>
public enum ClockTrigger
{
    /// <summary>A department is named lead (主办) by a dispatch or a re-dispatch.</summary>
    DispatchedLead,
    /// <summary>A department is named co-handler (协办).</summary>
    DispatchedCoHandler,
    /// <summary>A dissatisfied callback sends the order back to its lead (重办).</summary>
    Reopened,
    /// <summary>The centre approved the reply; the callback is due.</summary>
    ReviewApproved,
    /// <summary>The centre asked a department's emergency contact (接诉即办); the answer is due.</summary>
    InquiryStarted,
    /// <summary>The centre opened a consultation (会商); each participant's opinion is due.</summary>
    ConsultationOpened,
}
