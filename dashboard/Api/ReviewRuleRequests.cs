namespace Hotline.Dashboard.Api;

public sealed record ReviewRuleRequest(
    string? Name, string? Description, ReviewRuleMatchRequest? Match, ReviewRuleCheckRequest? Check, List<string>? Stages, bool? Blocking);

public sealed record ReviewRuleMatchRequest(List<string>? Topics, List<string>? CategoryCodes, List<string>? Departments, List<string>? Keywords);

public sealed record ReviewRuleCheckRequest(string? Kind, List<string>? Terms, int? Min);

/// <summary>POST /api/orders/{id}/review-check: the stage, and for 自检 the handler's draft.</summary>
public sealed record ReviewCheckRequest(string? Stage, string? Content, List<string>? Evidence, bool? Final);
