using System.Security.Cryptography;
using Hotline.Contracts.Knowledge;
using Hotline.Contracts.Orders;
using Hotline.Dashboard.Auth;
using Hotline.Domain;
using Hotline.Domain.Knowledge;

namespace Hotline.Dashboard.Api;

/// <summary>The knowledge base: search as the seat types, the high-frequency list, and the review workflow.</summary>
public static class KnowledgeEndpoints
{
    private const int QueryMax = 200;

    public static IEndpointRouteBuilder MapKnowledgeEndpoints(this IEndpointRouteBuilder app)
    {
        var knowledge = app.MapGroup("/api/knowledge").RequireAuthorization();
        knowledge.MapGet("/search", Search);
        knowledge.MapGet("/frequent", async (int? top, IClusterClient client) =>
            Results.Ok(await client.GetGrain<IKnowledgeSearchGrain>(0).Frequent(top ?? 10)));
        knowledge.MapGet("", List).RequireAuthorization(AuthPolicies.KnowledgeWrite);
        knowledge.MapGet("/{id}", async (string id, IClusterClient client) =>
            await client.GetGrain<IKnowledgeEntryGrain>(id).Get() is { } entry ? Results.Ok(entry) : Problems.NotFound(ApiTexts.KnowledgeNotFound(id)));
        knowledge.MapPost("", Create).RequireAuthorization(AuthPolicies.KnowledgeWrite);
        knowledge.MapPut("/{id}", async (string id, HttpContext context, IClusterClient client) =>
        {
            var (body, error) = await JsonBody.Read<KnowledgeRequest>(context);
            if (error is not null) return error;
            return Answer(await client.GetGrain<IKnowledgeEntryGrain>(id).Edit(new EditKnowledge(Actor.Of(context), Content(body!))));
        }).RequireAuthorization(AuthPolicies.KnowledgeWrite);
        knowledge.MapPost("/{id}/review", async (string id, HttpContext context, IClusterClient client) =>
        {
            var (body, error) = await JsonBody.Read<KnowledgeReviewRequest>(context);
            if (error is not null) return error;
            if (body!.Approved is null) return Problems.Invalid("approved", ApiTexts.MustBeBoolean);
            return Answer(await client.GetGrain<IKnowledgeEntryGrain>(id).Review(new ReviewKnowledge(Actor.Of(context), body.Approved.Value, body.Note)));
        }).RequireAuthorization(AuthPolicies.KnowledgeReview);
        knowledge.MapPost("/{id}/publish", async (string id, HttpContext context, IClusterClient client) =>
            Answer(await client.GetGrain<IKnowledgeEntryGrain>(id).Publish(Actor.Of(context))))
            .RequireAuthorization(AuthPolicies.KnowledgeReview);
        knowledge.MapPost("/{id}/retire", async (string id, HttpContext context, IClusterClient client) =>
        {
            var (body, error) = await JsonBody.Read<KnowledgeRetireRequest>(context);
            if (error is not null) return error;
            return Answer(await client.GetGrain<IKnowledgeEntryGrain>(id).Retire(new RetireKnowledge(Actor.Of(context), body!.Reason ?? "")));
        }).RequireAuthorization(AuthPolicies.KnowledgeReview);
        return app;
    }

    private static async Task<IResult> Search(string? q, int? top, string? category, IClusterClient client)
    {
        if (q is { Length: > QueryMax }) return Problems.Invalid("q", ApiTexts.KnowledgeQueryTooLong);
        return Results.Ok(await client.GetGrain<IKnowledgeSearchGrain>(0).Search(q ?? "", top ?? 5, category));
    }

    private static async Task<IResult> List(string? status, int? take, IClusterClient client)
    {
        var code = string.IsNullOrWhiteSpace(status) ? Codes.Of(KnowledgeStatus.Draft) : status;
        if (!Codes.TryParse<KnowledgeStatus>(code, out _)) return Problems.Invalid("status", ApiTexts.UnknownStatus(Codes.Allowed<KnowledgeStatus>()));
        return Results.Ok(await client.GetGrain<IKnowledgeSearchGrain>(0).List(code, take ?? 100));
    }

    private static async Task<IResult> Create(HttpContext context, IClusterClient client, TimeProvider time)
    {
        var (body, error) = await JsonBody.Read<KnowledgeRequest>(context);
        if (error is not null) return error;
        var command = new CreateKnowledge(Actor.Of(context), Content(body!), body!.Urgent ?? false);
        // Date and three random digits: readable and sortable, but two entries created in the same second share
        // an id one time in a thousand (ten in a second: one in twenty). A taken id is refused as a conflict that
        // changes nothing, so the entry goes again under a new one, as an order does.
        for (var attempt = 0; ; attempt++)
        {
            var id = $"KN{time.GetUtcNow():yyMMddHHmmss}{RandomNumberGenerator.GetInt32(1000):D3}";
            var result = await client.GetGrain<IKnowledgeEntryGrain>(id).Create(command);
            if (result.Entry is { } entry) return Results.Created($"/api/knowledge/{entry.Id}", entry);
            if (result.Error!.Kind != OrderErrorKind.Conflict || attempt >= 4) return Problems.From(result.Error, StatusText);
        }
    }

    private static IResult Answer(Contracts.Knowledge.KnowledgeResult result) =>
        result.Entry is { } entry ? Results.Ok(entry) : Problems.From(result.Error!, StatusText);

    private static KnowledgeContentDto Content(KnowledgeRequest body) => new(body.Question ?? "", body.Answer ?? "", body.CategoryCode ?? "",
        body.Departments ?? [], body.Tags ?? [], body.ValidFrom, body.ValidUntil);

    private static string? StatusText(string? code) =>
        Codes.TryParse<KnowledgeStatus>(code, out var status) ? KnowledgeTexts.StatusText(status) : null;
}
