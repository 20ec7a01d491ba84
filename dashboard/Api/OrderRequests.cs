namespace Hotline.Dashboard.Api;

// Request bodies of the order API. Every property is nullable so that a missing field reaches the
// domain's validation and comes back named in the 400, instead of failing inside the JSON reader.

public sealed record CallerRequest(string? Phone, string? Name, string? Type);

public sealed record CreateOrderRequest(
    string? Channel, CallerRequest? Caller, string? DistrictCode, string? Address, double? Lat, double? Lon,
    string? Category, string? Title, string? Content, string? Urgency, string? SeatId,
    string? CategoryCode = null, List<string>? SuggestedDepartments = null, string? SuggestionSource = null);

/// <param name="KnowledgeId">The knowledge entry the seat answered from, if any: it counts a hit.</param>
public sealed record AnswerRequest(string? Answer, string? KnowledgeId = null);

public sealed record DispatchRequest(string? Lead, List<string>? CoHandlers);

public sealed record AcceptRequest(string? Department);

public sealed record ReturnRequest(string? Department, string? Grounds);

public sealed record ExtensionRequestBody(string? Department, DateTimeOffset? Until, string? Reason);

public sealed record ExtensionDecisionRequest(bool? Approved, string? Reason);

public sealed record ReplyRequest(string? Department, string? Content, List<string>? Evidence, bool? Final);

public sealed record ReviewRequest(string? Level, bool? Approved, List<string>? Reasons);

/// <param name="Satisfaction">satisfied | basically-satisfied | dissatisfied | unreachable.</param>
/// <param name="Resolved">实际解决; omitted when the caller was reached: satisfied / basically → true, dissatisfied → false.</param>
public sealed record CallbackRequest(string? Satisfaction, string? Note, bool? Resolved = null);

public sealed record MergeRequest(string? ParentId);

public sealed record TransferRequest(string? To);

public sealed record InquiryRequest(string? Department, string? Contact, string? Question);

public sealed record InquiryAnswerRequest(string? Department, string? Answer);

public sealed record InquiryReviewRequest(bool? Approved, List<string>? Reasons);

public sealed record ConsultationInviteeRequest(string? Department, DateTimeOffset? DueAt);

public sealed record ConsultationRequest(string? Topic, string? Lead, List<ConsultationInviteeRequest>? CoHandlers);

public sealed record ConsultationReplyRequest(string? Department, string? Opinion);

public sealed record ConsultationConcludeRequest(string? Outcome, bool? Dispatch);
