using Hotline.Contracts.Orders;
using Hotline.Contracts.Reviews;
using Hotline.Dashboard.Auth;
using Hotline.Domain;
using Hotline.Domain.Reviews;

namespace Hotline.Dashboard.Api;

/// <summary>
/// 审核规则 (the rules as data: list, add, retire) and the review check of an order's reply or a handler's draft.
/// </summary>
public static class ReviewRuleEndpoints
{
    private const int PageSize = 50;
    private const int QueryMax = 100;

    public static IEndpointRouteBuilder MapReviewRuleEndpoints(this IEndpointRouteBuilder app)
    {
        var rules = app.MapGroup("/api/review-rules").RequireAuthorization();
        rules.MapGet("", List).RequireAuthorization(AuthPolicies.ReviewRulesRead);
        rules.MapPost("", Add).RequireAuthorization(AuthPolicies.ReviewRulesWrite);
        rules.MapPost("/{id}/retire", async (string id, HttpContext context, IClusterClient client) =>
            Answer(await Book(client).Retire(new RetireReviewRule(Actor.Of(context), id))))
            .RequireAuthorization(AuthPolicies.ReviewRulesWrite);
        app.MapPost("/api/orders/{id}/review-check", ReviewCheckEndpoint.Check).RequireAuthorization(AuthPolicies.ReviewCheck);
        return app;
    }

    internal static IReviewRuleBookGrain Book(IClusterClient client) => client.GetGrain<IReviewRuleBookGrain>(IReviewRuleBookGrain.CityKey);

    private static async Task<IResult> List(string? status, string? q, string? page, IClusterClient client)
    {
        var code = string.IsNullOrWhiteSpace(status) ? Codes.Of(ReviewRuleStatus.Active) : status.Trim();
        if (!Codes.TryParse<ReviewRuleStatus>(code, out _)) return Problems.Invalid("status", ReviewRuleTexts.UnknownStatus(Codes.Allowed<ReviewRuleStatus>()));
        if (q is { Length: > QueryMax }) return Problems.Invalid("q", ReviewRuleTexts.QueryTooLong);
        var number = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, out number) || number < 1)) return Problems.Invalid("page", ReviewRuleTexts.PageRange);
        return Results.Ok(await Book(client).List(new ReviewRuleQuery(code, q, number, PageSize)));
    }

    private static async Task<IResult> Add(HttpContext context, IClusterClient client)
    {
        var (body, error) = await JsonBody.Read<ReviewRuleRequest>(context);
        if (error is not null) return error;
        var match = body!.Match;
        var check = body.Check;
        var command = new AddReviewRule(Actor.Of(context), body.Name ?? "", body.Description,
            new RuleMatchDto(match?.Topics ?? [], match?.CategoryCodes ?? [], match?.Departments ?? [], match?.Keywords ?? []),
            new RuleCheckDto(check?.Kind ?? "", check?.Terms ?? [], check?.Min),
            body.Stages ?? [], body.Blocking ?? false);
        var result = await Book(client).Add(command);
        return result.Rule is { } rule ? Results.Created($"/api/review-rules/{rule.Id}", rule) : Problems.From(result.Error!, StatusText);
    }

    private static IResult Answer(ReviewRuleResult result) =>
        result.Rule is { } rule ? Results.Ok(rule) : Problems.From(result.Error!, StatusText);

    private static string? StatusText(string? code) =>
        Codes.TryParse<ReviewRuleStatus>(code, out var status) ? ReviewTexts.StatusText(status) : null;
}
