using Hotline.Domain.Clocks;

namespace Hotline.Domain.WorkOrders;

/// <summary>The stable codes of <see cref="AuditEvent.Action"/>. Stored and queried, so never renamed.</summary>
public static class AuditActions
{
    public const string Received = "received";
    public const string Queued = "queued";
    public const string Answered = "answered";
    public const string Dispatched = "dispatched";
    public const string Accepted = "accepted";
    public const string Returned = "returned";
    public const string ExtensionRequested = "extension-requested";
    public const string ExtensionApproved = "extension-approved";
    public const string ExtensionDenied = "extension-denied";
    public const string Replied = "replied";
    public const string ReviewPassed = "review-passed";
    public const string ReviewFailed = "review-failed";
    public const string Callback = "callback";
    public const string Reopened = "reopened";
    public const string Closed = "closed";
    public const string Merged = "merged";
    public const string Transferred = "transferred";
    public const string InquiryStarted = "inquiry-started";
    public const string InquiryAnswered = "inquiry-answered";
    public const string InquiryApproved = "inquiry-approved";
    public const string InquiryRejected = "inquiry-rejected";
    public const string InquiryCancelled = "inquiry-cancelled";
    public const string CallbackUnreachable = "callback-unreachable";
    public const string EscalationAcknowledged = "escalation-acknowledged";
    public const string Urged = "urged";
    public const string UrgeAcknowledged = "urge-acknowledged";
    public const string TypicalCase = "typical-case";
    public const string ConsultationOpened = "consultation-opened";
    public const string ConsultationReplied = "consultation-replied";
    public const string ConsultationConcluded = "consultation-concluded";
    public const string ClockWarning = "clock-warning";
    public const string ClockBreach = "clock-breach";
    public const string ClockEscalation = "clock-escalation";

    /// <summary>The actor of events nobody typed in: clock thresholds.</summary>
    public const string SystemActor = "system";

    public static string ForSignal(ClockSignal signal) => signal switch
    {
        ClockSignal.Warning => ClockWarning,
        ClockSignal.Breach => ClockBreach,
        _ => ClockEscalation,
    };

    /// <summary>The clock part of a clock event's reason, e.g. "return-window" in "return-window 50%".</summary>
    public static string ClockCode(ClockName name) => name switch
    {
        ClockName.Accept => "accept",
        ClockName.ReturnWindow => "return-window",
        ClockName.EmergencyAnswer => "emergency-answer",
        ClockName.Completion => "completion",
        ClockName.SameDay => "same-day",
        ClockName.Callback => "callback",
        ClockName.ContactAnswer => "contact-answer",
        ClockName.Consultation => "consultation",
        _ => name.ToString().ToLowerInvariant(),
    };
}
