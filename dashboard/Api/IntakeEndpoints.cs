using Hotline.Contracts.Callers;
using Hotline.Contracts.Intake;
using Hotline.Contracts.Routing;
using Hotline.Dashboard.Auth;
using Hotline.Domain.Categories;
using Hotline.Domain.WorkOrders;

namespace Hotline.Dashboard.Api;

/// <summary>
/// Intake help for the seat console, in one call while the caller talks: final-reply lock, duplicates, caller profile,
/// and the category / department / template suggestions. Plus the category tree and the routing model's figures.
/// </summary>
public static class IntakeEndpoints
{
    public static IEndpointRouteBuilder MapIntakeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/intake/review", Review).RequireAuthorization(AuthPolicies.Intake);
        app.MapGet("/api/categories", (CategoryTree tree) => Results.Ok(tree.All.Select(n => new { n.Code, n.Name, n.Level, n.ParentCode, n.Topic })))
            .RequireAuthorization();
        app.MapGet("/api/categories/{code}/template", (string code, CategoryTree tree, OrderTemplates templates) =>
                tree.Find(code) is null ? Problems.NotFound(CategoryTexts.UnknownCode(code))
                : Results.Ok(new { Path = tree.PathText(code), Topic = tree.TopicOf(code), Template = templates.For(code) }))
            .RequireAuthorization();
        app.MapGet("/api/routing/model", async (IClusterClient client) =>
            Results.Ok(await client.GetGrain<IRoutingModelGrain>("city").Status())).RequireAuthorization(AuthPolicies.Intake);
        app.MapPost("/api/routing/train", async (HttpContext context, IClusterClient client) =>
            Results.Accepted("/api/routing/model", await client.GetGrain<IRoutingModelGrain>("city").Train(Actor.Of(context))))
            .RequireAuthorization(AuthPolicies.RoutingAdmin);
        app.MapGet("/api/routing/usage", async (IClusterClient client) =>
            Results.Ok(await client.GetGrain<IRoutingStatsGrain>("city").Get())).RequireAuthorization(AuthPolicies.Intake);
        return app;
    }

    private static async Task<IResult> Review(HttpContext context, IClusterClient client, CategoryTree tree)
    {
        var (body, error) = await JsonBody.Read<IntakeRequest>(context);
        if (error is not null) return error;
        if (!PhoneNumber.IsValid(body!.Phone)) return Problems.Invalid("phone", WorkOrderTexts.PhoneFormat);
        var code = string.IsNullOrWhiteSpace(body.CategoryCode) ? null : body.CategoryCode.Trim();
        if (code is not null && tree.Find(code) is null) return Problems.Invalid("categoryCode", CategoryTexts.UnknownCode(code));
        var topic = tree.TopicOf(code) ?? body.Category ?? "";
        // Without a five-level code the topic the seat picked (供热, 物业管理…) is still a level-2 category the rules can use.
        var routingCode = code ?? tree.FindTopic(topic)?.Code;

        var routing = client.GetGrain<IRoutingAdvisorGrain>(0).Advise(new RoutingQuestion(body.Title ?? "", body.Content ?? "", routingCode, body.DistrictCode ?? ""));
        var review = client.GetGrain<IIntakeAdvisorGrain>(0).Review(new MatterQuery
        {
            CallerPhone = body.Phone!, Topic = topic, CategoryCode = code ?? "", Title = body.Title ?? "", Content = body.Content ?? "",
            Address = body.Address ?? "", Lat = body.Lat, Lon = body.Lon,
        });
        var intake = await review;
        return Results.Ok(new { intake.FinalReply, intake.Duplicates, intake.Caller, Routing = await routing });
    }
}
