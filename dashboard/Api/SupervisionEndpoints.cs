using Hotline.Contracts.Orders;
using Hotline.Dashboard.Auth;
using Hotline.Domain;
using Hotline.Domain.Clocks;
using Hotline.Domain.WorkOrders;

namespace Hotline.Dashboard.Api;

/// <summary>
/// 提级督办 and 催办: acknowledging a rung of the escalation ladder, urging the lead department and its acknowledgement,
/// and the leader page's list of overdue orders with their ladder, urges and typical cases.
/// </summary>
public static class SupervisionEndpoints
{
    private const int MaxOverdue = 1000;
    private const int Fetches = 16;

    private static readonly EscalationLevel[] Ladder = [EscalationLevel.DepartmentHead, EscalationLevel.Centre, EscalationLevel.Leadership];

    public static IEndpointRouteBuilder MapSupervisionEndpoints(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/api/orders").RequireAuthorization();
        orders.MapPost("/{id}/escalations/ack", AcknowledgeEscalation).RequireAuthorization(AuthPolicies.AcknowledgeEscalation);
        orders.MapPost("/{id}/urge", Urge).RequireAuthorization(AuthPolicies.Urge);
        orders.MapPost("/{id}/urge/ack", AcknowledgeUrge).RequireAuthorization(AuthPolicies.AcknowledgeUrge);
        app.MapGet("/api/supervision", OpenEscalations).RequireAuthorization(AuthPolicies.Supervision);
        return app;
    }

    private static async Task<IResult> AcknowledgeEscalation(string id, HttpContext context, IClusterClient client)
    {
        var (body, error) = await JsonBody.Read<EscalationAckRequest>(context);
        if (error is not null) return error;
        if (!TryParseLevel(body!.Level, out var level)) return Problems.Invalid("level", LevelsAllowed);

        var user = context.User;
        var grain = client.GetGrain<IWorkOrderGrain>(id);
        if (await grain.Get() is not { } order || !user.CanSee(order)) return Problems.NotFound(ApiTexts.OrderNotFound(id));
        // A department acknowledges the department-head rung of its own clocks only; the others act for every department.
        string? department = null;
        if (level == EscalationLevel.DepartmentHead && user.IsDepartmentUser())
        {
            if ((department = user.DepartmentCode()) is null) return Problems.Forbidden();
        }
        else if (RefusalFor(level, user.Role()) is { } refused) return Problems.Forbidden(refused);
        return Answer(user, await grain.AcknowledgeEscalation(new AcknowledgeEscalation(Actor.Of(context), Codes.Of(level), department)));
    }

    /// <summary>Who acknowledges which rung: department head (or admin), the centre's desks, the leadership.</summary>
    private static string? RefusalFor(EscalationLevel level, string? role) => level switch
    {
        EscalationLevel.DepartmentHead => role == Roles.Admin ? null : SupervisionApiTexts.DepartmentHeadOnly,
        EscalationLevel.Centre => role is Roles.Dispatcher or Roles.Reviewer or Roles.Admin ? null : SupervisionApiTexts.CentreOnly,
        _ => role is Roles.Leader or Roles.Admin ? null : SupervisionApiTexts.LeadershipOnly,
    };

    private static async Task<IResult> Urge(string id, HttpContext context, IClusterClient client)
    {
        var (body, error) = await JsonBody.Read<UrgeRequest>(context);
        if (error is not null) return error;
        var result = await client.GetGrain<IWorkOrderGrain>(id).Urge(new UrgeOrder(Actor.Of(context), body!.Message ?? ""));
        return Answer(context.User, result);
    }

    /// <summary>A department user acknowledges for its own department; admin for the order's lead unless it names one.</summary>
    private static async Task<IResult> AcknowledgeUrge(string id, HttpContext context, IClusterClient client)
    {
        var (body, error) = await JsonBody.Read<UrgeAckRequest>(context);
        if (error is not null) return error;
        var user = context.User;
        var grain = client.GetGrain<IWorkOrderGrain>(id);
        if (await grain.Get() is not { } order || !user.CanSee(order)) return Problems.NotFound(ApiTexts.OrderNotFound(id));
        var named = string.IsNullOrWhiteSpace(body!.Department) ? null : body.Department.Trim();
        string department;
        if (user.IsDepartmentUser())
        {
            if (user.DepartmentCode() is not { } own) return Problems.Forbidden();
            if (named is not null && named != own) return Problems.Forbidden(AuthTexts.OwnDepartmentOnly(own));
            department = own;
        }
        else department = named ?? order.Lead ?? "";
        return Answer(user, await grain.AcknowledgeUrge(new AcknowledgeUrge(Actor.Of(context), department)));
    }

    /// <summary>
    /// GET /api/supervision?level=&amp;pageSize=: non-terminal overdue orders with their ladder steps, urges and typical
    /// cases; the highest level reached first, then the oldest notification at that level. level keeps the orders
    /// that reached that rung.
    /// </summary>
    private static async Task<IResult> OpenEscalations(HttpContext context, IClusterClient client)
    {
        var q = context.Request.Query;
        var errors = new Dictionary<string, string[]>();
        EscalationLevel? level = null;
        if (QueryValues.NonEmpty(q["level"]) is { } code)
        {
            if (TryParseLevel(code, out var parsed)) level = parsed;
            else errors["level"] = [LevelsAllowed];
        }
        var pageSize = QueryValues.PageSize(q, errors);
        if (errors.Count > 0) return Problems.Invalid(errors);

        var rows = await QueryValues.All(client, new OrderQuery(null, null, null, true, 200, null), MaxOverdue);
        var open = rows.Where(r => Codes.TryParse<OrderStatus>(r.Status, out var status) && !OrderStatuses.IsTerminal(status)).ToArray();
        var snapshots = new List<OrderSnapshot>(open.Length);
        foreach (var chunk in open.Chunk(Fetches))
            snapshots.AddRange((await Task.WhenAll(chunk.Select(r => client.GetGrain<IWorkOrderGrain>(r.Id).Get()))).OfType<OrderSnapshot>());

        var wanted = level is { } l ? Codes.Of(l) : null;
        var items = snapshots
            .Where(o => wanted is null || o.Supervision.Any(s => s.Level == wanted))
            .Select(ToItem)
            .OrderByDescending(i => Rank(i.HighestLevel)).ThenBy(i => i.FirstNotifiedAt ?? DateTimeOffset.MaxValue).ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        return Results.Ok(new SupervisionList(items.Take(pageSize).ToArray(), items.Count));
    }

    private static SupervisionItem ToItem(OrderSnapshot o)
    {
        var highest = o.Supervision.Select(s => s.Level).MaxBy(Rank);
        return new SupervisionItem(o.Id, o.Title, o.Status, o.StatusText, o.Category, o.DistrictCode, o.Lead, o.ReceivedAt,
            highest, o.Supervision.Where(s => s.Level == highest).Select(s => (DateTimeOffset?)s.NotifiedAt).Min(),
            o.Supervision, o.Urges, o.TypicalCases);
    }

    private static int Rank(string? level) => level is null ? 0 : Array.FindIndex(Ladder, l => Codes.Of(l) == level) + 1;

    private static bool TryParseLevel(string? code, out EscalationLevel level) =>
        Codes.TryParse(code, out level) && Ladder.Contains(level);

    private static string LevelsAllowed => SupervisionApiTexts.UnknownLevel(string.Join(" | ", Ladder.Select(l => Codes.Of(l))));

    private static IResult Answer(System.Security.Claims.ClaimsPrincipal user, OrderResult result) =>
        result.Order is { } order ? Results.Ok(ResponseMasking.For(user, order)) : Problems.From(result.Error!, OrderEndpoints.StatusText);
}

public sealed record EscalationAckRequest(string? Level);

public sealed record UrgeRequest(string? Message);

public sealed record UrgeAckRequest(string? Department = null);

public sealed record SupervisionList(IReadOnlyList<SupervisionItem> Items, int Total);

/// <param name="HighestLevel">department-head | centre | leadership; null for an overdue order that reached no rung yet.</param>
/// <param name="FirstNotifiedAt">The oldest notification at the highest level.</param>
public sealed record SupervisionItem(
    string Id, string Title, string Status, string StatusText, string Category, string DistrictCode, string? Lead, DateTimeOffset ReceivedAt,
    string? HighestLevel, DateTimeOffset? FirstNotifiedAt,
    IReadOnlyList<SupervisionStepSnapshot> Supervision, IReadOnlyList<UrgeSnapshot> Urges, IReadOnlyList<string> TypicalCases);
