namespace Hotline.Contracts.Orders;

/// <summary>A work order as screens and the API show it. Codes are kebab-case strings.</summary>
[GenerateSerializer, Immutable, Alias("hotline.order-snapshot")]
public sealed record OrderSnapshot
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Status { get; init; }
    [Id(2)] public required string Channel { get; init; }
    [Id(3)] public required CallerInfoDto Caller { get; init; }
    [Id(4)] public required string DistrictCode { get; init; }
    [Id(5)] public required string Address { get; init; }
    [Id(6)] public double? Lat { get; init; }
    [Id(7)] public double? Lon { get; init; }
    [Id(8)] public required string Category { get; init; }
    [Id(9)] public required string Title { get; init; }
    [Id(10)] public required string Content { get; init; }
    [Id(11)] public required string Urgency { get; init; }
    [Id(12)] public string? TaskForce { get; init; }
    [Id(13)] public required DateTimeOffset ReceivedAt { get; init; }
    [Id(14)] public string? Lead { get; init; }
    [Id(15)] public required IReadOnlyList<string> CoHandlers { get; init; }
    [Id(16)] public required IReadOnlyList<ClockSnapshot> Clocks { get; init; }
    [Id(17)] public required IReadOnlyList<AuditEntry> Events { get; init; }
    [Id(18)] public required IReadOnlyList<ReplySnapshot> Replies { get; init; }
    [Id(19)] public ExtensionSnapshot? PendingExtension { get; init; }
    [Id(20)] public string? Answer { get; init; }
    [Id(21)] public string? ParentId { get; init; }
    [Id(22)] public required IReadOnlyList<string> MergedChildren { get; init; }
    [Id(23)] public string? TransferredTo { get; init; }
    [Id(24)] public bool FinalReply { get; init; }
    [Id(25)] public int ReopenCount { get; init; }
    [Id(26)] public bool Overdue { get; init; }
    [Id(27)] public long Version { get; init; }
    [Id(28)] public string? LastSatisfaction { get; init; }
    [Id(29)] public required string StatusText { get; init; }
    [Id(30)] public string? DistrictName { get; init; }
    [Id(31)] public InquirySnapshot? Inquiry { get; init; }
    /// <summary>The five-level category code the seat picked, "" when only the topic is known.</summary>
    [Id(32)] public string CategoryCode { get; init; } = "";
    /// <summary>The knowledge entry a direct answer came from.</summary>
    [Id(33)] public string? KnowledgeId { get; init; }
    /// <summary>The latest consultation (会商) among departments, open or concluded.</summary>
    [Id(34)] public ConsultationSnapshot? Consultation { get; init; }
    /// <summary>实际解决 as the caller said at the last reached callback; null before one or when closed as unreachable.</summary>
    [Id(35)] public bool? Resolved { get; init; }
    [Id(36)] public IReadOnlyList<CallbackAttemptSnapshot> CallbackAttempts { get; init; } = [];
    /// <summary>Only while pending-callback: the next instant inside a callback window to call the caller.</summary>
    [Id(37)] public DateTimeOffset? NextCallbackAt { get; init; }
    /// <summary>The escalation ladder (提级督办) steps reached.</summary>
    [Id(38)] public IReadOnlyList<SupervisionStepSnapshot> Supervision { get; init; } = [];
    [Id(39)] public IReadOnlyList<UrgeSnapshot> Urges { get; init; } = [];
    /// <summary>Typical-case codes (典型问题): push-back | slow-response | overdue | perfunctory.</summary>
    [Id(40)] public IReadOnlyList<string> TypicalCases { get; init; } = [];
}

[GenerateSerializer, Immutable, Alias("hotline.clock-snapshot")]
public sealed record ClockSnapshot(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Department,
    [property: Id(2)] DateTimeOffset StartedAt,
    [property: Id(3)] DateTimeOffset DueAt,
    [property: Id(4)] DateTimeOffset? StoppedAt,
    [property: Id(5)] string State,
    [property: Id(6)] DateTimeOffset? AmberAt = null);

[GenerateSerializer, Immutable, Alias("hotline.audit-entry")]
public sealed record AuditEntry(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Actor,
    [property: Id(3)] string Action,
    [property: Id(4)] string? From,
    [property: Id(5)] string? To,
    [property: Id(6)] string? Reason,
    [property: Id(7)] string? Department);

[GenerateSerializer, Immutable, Alias("hotline.reply-snapshot")]
public sealed record ReplySnapshot(
    [property: Id(0)] string Department,
    [property: Id(1)] string Content,
    [property: Id(2)] IReadOnlyList<string> Evidence,
    [property: Id(3)] bool Final,
    [property: Id(4)] DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("hotline.extension-snapshot")]
public sealed record ExtensionSnapshot(
    [property: Id(0)] string Department,
    [property: Id(1)] DateTimeOffset Until,
    [property: Id(2)] string Reason);

/// <summary>接诉即办: the latest inquiry to a department's emergency contact.</summary>
[GenerateSerializer, Immutable, Alias("hotline.inquiry-snapshot")]
public sealed record InquirySnapshot(
    [property: Id(0)] string Department,
    [property: Id(1)] string? Contact,
    [property: Id(2)] string Question,
    [property: Id(3)] string Status,
    [property: Id(4)] int Round,
    [property: Id(5)] DateTimeOffset StartedAt,
    [property: Id(6)] string? Answer,
    [property: Id(7)] DateTimeOffset? AnsweredAt,
    [property: Id(8)] IReadOnlyList<string> RejectedReasons);
