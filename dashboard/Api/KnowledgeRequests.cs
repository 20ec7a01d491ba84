namespace Hotline.Dashboard.Api;

public sealed record KnowledgeRequest(
    string? Question, string? Answer, string? CategoryCode, List<string>? Departments, List<string>? Tags,
    DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, bool? Urgent);

public sealed record KnowledgeReviewRequest(bool? Approved, string? Note);

public sealed record KnowledgeRetireRequest(string? Reason);
