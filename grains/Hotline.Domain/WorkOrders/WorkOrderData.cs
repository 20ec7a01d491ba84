using Hotline.Domain.Clocks;

namespace Hotline.Domain.WorkOrders;

/// <summary>
/// The persisted state of one work order (grain state, JSON). Plain data: every rule lives in
/// <see cref="WorkOrder"/>, so the grain can load, hand it over, and save without knowing the rules.
/// </summary>
public sealed class WorkOrderData
{
    public string Id { get; set; } = "";

    public OrderStatus Status { get; set; }

    public string Channel { get; set; } = "";

    public CallerInfo Caller { get; set; } = new();

    public string DistrictCode { get; set; } = "";

    public string Address { get; set; } = "";

    public double? Lat { get; set; }

    public double? Lon { get; set; }

    public string Category { get; set; } = "";

    /// <summary>The five-level category code, when the seat picked one.</summary>
    public string CategoryCode { get; set; } = "";

    /// <summary>What the seat was shown at intake, so the first dispatch measures the suggestions in real use.</summary>
    public List<string> SuggestedDepartments { get; set; } = [];

    public string? SuggestionSource { get; set; }

    /// <summary>The knowledge entry a direct answer came from (直接答复 from the knowledge base).</summary>
    public string? KnowledgeId { get; set; }

    public string Title { get; set; } = "";

    public string Content { get; set; } = "";

    public Urgency Urgency { get; set; }

    public string? TaskForce { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The current lead (主办); after a return it stays the returning department until re-dispatch.</summary>
    public string? Lead { get; set; }

    public List<string> CoHandlers { get; set; } = [];

    /// <summary>Every assignment ever made, in order; only the latest dispatch's are active.</summary>
    public List<HandlerRecord> Handlers { get; set; } = [];

    public List<Clock> Clocks { get; set; } = [];

    public List<AuditEvent> Events { get; set; } = [];

    public List<ReplyRecord> Replies { get; set; } = [];

    public ExtensionRequest? PendingExtension { get; set; }

    /// <summary>The seat's direct answer (直接答复).</summary>
    public string? Answer { get; set; }

    /// <summary>The order this one was merged into (并单).</summary>
    public string? ParentId { get; set; }

    public List<string> MergedChildren { get; set; } = [];

    public TransferTarget? TransferredTo { get; set; }

    /// <summary>The lead's latest reply was a final reply (最终答复).</summary>
    public bool FinalReply { get; set; }

    public Satisfaction? LastSatisfaction { get; set; }

    public int ReopenCount { get; set; }

    /// <summary>The latest 接诉即办 inquiry to a department's emergency contact, if any.</summary>
    public InquiryRecord? Inquiry { get; set; }

    /// <summary>The latest consultation (会商) among departments, open or concluded.</summary>
    public Consultations.ConsultationRecord? Consultation { get; set; }

    /// <summary>实际解决 as the caller said at the last reached callback; null before one, or when closed unreachable.</summary>
    public bool? Resolved { get; set; }

    /// <summary>Every callback attempt (回访), reached or not, in order.</summary>
    public List<Callbacks.CallbackAttempt> CallbackAttempts { get; set; } = [];

    /// <summary>While 待回访: the next instant the callback queue offers the order (inside a callback window).</summary>
    public DateTimeOffset? NextCallbackAt { get; set; }

    /// <summary>The escalation ladder (提级督办) steps reached, in order.</summary>
    public List<Hotline.Domain.Supervision.SupervisionStep> Supervision { get; set; } = [];

    /// <summary>催办 by the centre, in order.</summary>
    public List<Hotline.Domain.Supervision.UrgeRecord> Urges { get; set; } = [];

    /// <summary>The typical-case codes (典型问题) already flagged with an audit event, in the order they appeared.</summary>
    public List<string> TypicalCases { get; set; } = [];

    /// <summary>Grows by one per audit event, so it doubles as an optimistic-concurrency version.</summary>
    public long Version => Events.Count;
}
