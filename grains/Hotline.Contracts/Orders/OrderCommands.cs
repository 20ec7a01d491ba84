namespace Hotline.Contracts.Orders;

// The commands of the closed loop. Each names who acts (Actor) for the audit trail.
// Enumerations travel as their kebab-case codes (e.g. "life-safety"), validated by the domain.

[GenerateSerializer, Immutable, Alias("hotline.caller-info")]
public sealed record CallerInfoDto([property: Id(0)] string Phone, [property: Id(1)] string? Name, [property: Id(2)] string Type);

[GenerateSerializer, Immutable, Alias("hotline.create-order")]
public sealed record CreateOrder(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Channel,
    [property: Id(2)] CallerInfoDto Caller,
    [property: Id(3)] string DistrictCode,
    [property: Id(4)] string Address,
    [property: Id(5)] double? Lat,
    [property: Id(6)] double? Lon,
    [property: Id(7)] string Category,
    [property: Id(8)] string Title,
    [property: Id(9)] string Content,
    [property: Id(10)] string Urgency,
    [property: Id(11)] string? SeatId)
{
    /// <summary>The five-level category code (五级分类); when given, <see cref="Category"/> may be left empty.</summary>
    [Id(12)] public string? CategoryCode { get; init; }

    /// <summary>The lead departments the seat was shown, best first, and their source ("rule" / "model").</summary>
    [Id(13)] public IReadOnlyList<string>? SuggestedDepartments { get; init; }

    [Id(14)] public string? SuggestionSource { get; init; }
}

[GenerateSerializer, Immutable, Alias("hotline.answer-order")]
public sealed record AnswerOrder([property: Id(0)] string Actor, [property: Id(1)] string Answer, [property: Id(2)] string? KnowledgeId = null);

[GenerateSerializer, Immutable, Alias("hotline.dispatch-order")]
public sealed record DispatchOrder([property: Id(0)] string Actor, [property: Id(1)] string Lead, [property: Id(2)] IReadOnlyList<string> CoHandlers);

[GenerateSerializer, Immutable, Alias("hotline.accept-order")]
public sealed record AcceptOrder([property: Id(0)] string Actor, [property: Id(1)] string Department);

[GenerateSerializer, Immutable, Alias("hotline.return-order")]
public sealed record ReturnOrder([property: Id(0)] string Actor, [property: Id(1)] string Department, [property: Id(2)] string Grounds);

[GenerateSerializer, Immutable, Alias("hotline.request-extension")]
public sealed record RequestExtension([property: Id(0)] string Actor, [property: Id(1)] string Department, [property: Id(2)] DateTimeOffset Until, [property: Id(3)] string Reason);

[GenerateSerializer, Immutable, Alias("hotline.decide-extension")]
public sealed record DecideExtension([property: Id(0)] string Actor, [property: Id(1)] bool Approved, [property: Id(2)] string? Reason);

[GenerateSerializer, Immutable, Alias("hotline.reply-order")]
public sealed record ReplyOrder([property: Id(0)] string Actor, [property: Id(1)] string Department, [property: Id(2)] string Content, [property: Id(3)] IReadOnlyList<string> Evidence, [property: Id(4)] bool Final);

[GenerateSerializer, Immutable, Alias("hotline.review-order")]
public sealed record ReviewOrder([property: Id(0)] string Actor, [property: Id(1)] string Level, [property: Id(2)] bool Approved, [property: Id(3)] IReadOnlyList<string> Reasons);

[GenerateSerializer, Immutable, Alias("hotline.callback-order")]
public sealed record CallbackOrder([property: Id(0)] string Actor, [property: Id(1)] string Satisfaction, [property: Id(2)] string? Note)
{
    /// <summary>实际解决 as the caller says; null: inferred from the satisfaction (satisfied / basically → true, dissatisfied → false).</summary>
    [Id(3)] public bool? Resolved { get; init; }
}

[GenerateSerializer, Immutable, Alias("hotline.merge-order")]
public sealed record MergeOrder([property: Id(0)] string Actor, [property: Id(1)] string ParentId);

[GenerateSerializer, Immutable, Alias("hotline.transfer-order")]
public sealed record TransferOrder([property: Id(0)] string Actor, [property: Id(1)] string To);

[GenerateSerializer, Immutable, Alias("hotline.start-inquiry")]
public sealed record StartInquiry([property: Id(0)] string Actor, [property: Id(1)] string Department, [property: Id(2)] string? Contact, [property: Id(3)] string Question);

[GenerateSerializer, Immutable, Alias("hotline.answer-inquiry")]
public sealed record AnswerInquiry([property: Id(0)] string Actor, [property: Id(1)] string Department, [property: Id(2)] string Answer);

[GenerateSerializer, Immutable, Alias("hotline.review-inquiry")]
public sealed record ReviewInquiry([property: Id(0)] string Actor, [property: Id(1)] bool Approved, [property: Id(2)] IReadOnlyList<string> Reasons);

/// <summary>会商: a co-handler invited with its own sub-deadline (null: the policy's consultation span).</summary>
[GenerateSerializer, Immutable, Alias("hotline.consultation-invitee")]
public sealed record ConsultationInviteeDto([property: Id(0)] string Department, [property: Id(1)] DateTimeOffset? DueAt);

[GenerateSerializer, Immutable, Alias("hotline.open-consultation")]
public sealed record OpenConsultation([property: Id(0)] string Actor, [property: Id(1)] string Topic, [property: Id(2)] string Lead, [property: Id(3)] IReadOnlyList<ConsultationInviteeDto> CoHandlers);

[GenerateSerializer, Immutable, Alias("hotline.reply-consultation")]
public sealed record ReplyConsultation([property: Id(0)] string Actor, [property: Id(1)] string Department, [property: Id(2)] string Opinion);

[GenerateSerializer, Immutable, Alias("hotline.conclude-consultation")]
public sealed record ConcludeConsultation([property: Id(0)] string Actor, [property: Id(1)] string Outcome, [property: Id(2)] bool Dispatch);

/// <summary>提级督办 acknowledged by a level (department-head | centre | leadership); Department: a department acknowledging its own.</summary>
[GenerateSerializer, Immutable, Alias("hotline.acknowledge-escalation")]
public sealed record AcknowledgeEscalation([property: Id(0)] string Actor, [property: Id(1)] string Level, [property: Id(2)] string? Department);

/// <summary>催办 of the lead department by the centre.</summary>
[GenerateSerializer, Immutable, Alias("hotline.urge-order")]
public sealed record UrgeOrder([property: Id(0)] string Actor, [property: Id(1)] string Message);

[GenerateSerializer, Immutable, Alias("hotline.acknowledge-urge")]
public sealed record AcknowledgeUrge([property: Id(0)] string Actor, [property: Id(1)] string Department);
