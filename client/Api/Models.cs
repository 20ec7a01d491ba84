using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Client.Api;

// Wire types of the dashboard REST API (JSON camelCase, enums as kebab-case strings,
// times ISO 8601 with offset). Enum-like fields stay strings so that a newer server value
// never breaks the CLI.

public sealed record SignInRequest(string UserName, string Password);

public sealed record TokenDto(string AccessToken, long ExpiresIn);

public sealed record CallerDto(string Phone, string? Name, string Type);

public sealed record CreateOrderRequest(
    string Channel,
    CallerDto Caller,
    string DistrictCode,
    string Address,
    double? Lat,
    double? Lon,
    string Category,
    string Title,
    string Content,
    string Urgency);

public sealed record ClockDto(
    string Name,
    string? Department,
    DateTimeOffset? StartedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? StoppedAt,
    string State);

public sealed record EventDto(
    long Sequence,
    DateTimeOffset At,
    string? Actor,
    string Action,
    string? From,
    string? To,
    string? Reason,
    string? Department);

public sealed record ReplyDto(
    string? Department,
    string? Content,
    IReadOnlyList<string>? Evidence,
    bool Final,
    DateTimeOffset? At);

public sealed record PendingExtensionDto(string? Department, DateTimeOffset? Until, string? Reason);

public sealed record OrderDto
{
    public string Id { get; init; } = "";
    public string Status { get; init; } = "";
    public string? StatusText { get; init; }
    public string? Channel { get; init; }
    public CallerDto? Caller { get; init; }
    public string? DistrictCode { get; init; }
    public string? DistrictName { get; init; }
    public string? Address { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public string? Category { get; init; }
    public string? Title { get; init; }
    public string? Content { get; init; }
    public string? Urgency { get; init; }
    public JsonElement? TaskForce { get; init; }
    public DateTimeOffset? ReceivedAt { get; init; }
    public string? Lead { get; init; }
    public IReadOnlyList<string>? CoHandlers { get; init; }
    public IReadOnlyList<ClockDto>? Clocks { get; init; }
    public IReadOnlyList<EventDto>? Events { get; init; }
    public IReadOnlyList<ReplyDto>? Replies { get; init; }
    public PendingExtensionDto? PendingExtension { get; init; }
    public JsonElement? Answer { get; init; }
    public string? ParentId { get; init; }
    public string? TransferredTo { get; init; }
    public JsonElement? FinalReply { get; init; }
    public int ReopenCount { get; init; }
    public bool Overdue { get; init; }
    public long Version { get; init; }
}

public sealed record OrderSummaryDto
{
    public string Id { get; init; } = "";
    public string Status { get; init; } = "";
    public string? StatusText { get; init; }
    public string? Category { get; init; }
    public string? DistrictCode { get; init; }
    public string? Lead { get; init; }
    public JsonElement? TaskForce { get; init; }
    public DateTimeOffset? ReceivedAt { get; init; }
    public bool Overdue { get; init; }
    public string? Title { get; init; }
}

public sealed record OrderPageDto(IReadOnlyList<OrderSummaryDto>? Items, string? Continuation);

public sealed record OrderQuery(
    string? Status = null,
    string? Department = null,
    string? TaskForce = null,
    bool? Overdue = null,
    int? PageSize = null,
    string? Continuation = null);

// Command bodies
public sealed record AnswerRequest(string Answer);
public sealed record DispatchRequest(string Lead, IReadOnlyList<string> CoHandlers);
public sealed record AcceptRequest(string Department);
public sealed record ReturnRequest(string Department, string Grounds);
/// <param name="Until">ISO 8601 with offset, e.g. 2025-12-10T18:00:00+08:00 (sent verbatim).</param>
public sealed record ExtensionRequest(string Department, string Until, string Reason);
public sealed record ExtensionDecisionRequest(bool Approved, string? Reason = null);
public sealed record ReplyRequest(string Department, string Content, IReadOnlyList<string> Evidence, bool Final);
public sealed record ReviewRequest(string Level, bool Approved, IReadOnlyList<string> Reasons);
public sealed record CallbackRequest(string Satisfaction, string? Note, bool? Resolved = null);
public sealed record MergeRequest(string ParentId);
public sealed record TransferRequest(string To);
public sealed record UrgeRequest(string Message);
public sealed record UrgeAckRequest(string? Department);

/// <summary>GET /api/taskforces/{code}: today's figures of a task force (专班).</summary>
public sealed record TaskForceFiguresDto(int Received, int Dispatched, int Completed, int Overdue, double CompletionRate);

public sealed record TaskForceDto(string Code, string Name, TaskForceFiguresDto Figures);

/// <summary>RFC 7807 problem details (also the ValidationProblemDetails shape).</summary>
public sealed record ProblemDetailsDto
{
    public string? Type { get; init; }
    public string? Title { get; init; }
    public int? Status { get; init; }
    public string? Detail { get; init; }
    public string? Instance { get; init; }
    public Dictionary<string, string[]>? Errors { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; init; }
}

public sealed record DistrictDto(string Code, string Name, double Lat, double Lon);

public sealed record DepartmentDto(string Code, string Name, string Kind, string? District);

/// <summary>GET /api/reference (the part the CLI needs).</summary>
public sealed record ReferenceDto(IReadOnlyList<DistrictDto> Districts, IReadOnlyList<DepartmentDto> Departments);
