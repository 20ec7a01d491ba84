using Hotline.Contracts.Orders;
using Hotline.Dashboard.Auth;

namespace Hotline.Dashboard.Api;

/// <summary>
/// 会商 on a work order: the centre opens a consultation with a lead and co-handlers, each participant department
/// gives its opinion from its console, and the centre concludes (and may dispatch to the lead at once).
/// </summary>
public static class ConsultationEndpoints
{
    public static IEndpointRouteBuilder MapConsultationEndpoints(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/api/orders/{id}/consultation").RequireAuthorization();
        orders.MapPost("", (string id, HttpContext context, IClusterClient client) =>
            Send<ConsultationRequest>(id, context, client, null, (g, b, actor) => g.OpenConsultation(new OpenConsultation(actor, b.Topic ?? "", b.Lead ?? "",
                (b.CoHandlers ?? []).Select(c => new ConsultationInviteeDto(c?.Department ?? "", c?.DueAt)).ToArray()))))
            .RequireAuthorization(AuthPolicies.Dispatch);
        orders.MapPost("/reply", (string id, HttpContext context, IClusterClient client) =>
            Send<ConsultationReplyRequest>(id, context, client, b => b.Department,
                (g, b, actor) => g.ReplyConsultation(new ReplyConsultation(actor, b.Department ?? "", b.Opinion ?? ""))))
            .RequireAuthorization(AuthPolicies.Handle);
        orders.MapPost("/conclude", (string id, HttpContext context, IClusterClient client) =>
            Send<ConsultationConcludeRequest>(id, context, client, null,
                (g, b, actor) => g.ConcludeConsultation(new ConcludeConsultation(actor, b.Outcome ?? "", b.Dispatch ?? false))))
            .RequireAuthorization(AuthPolicies.Dispatch);
        return app;
    }

    /// <param name="actingDepartment">The department a department user's body speaks for: it must be the user's own.</param>
    private static async Task<IResult> Send<TBody>(string id, HttpContext context, IClusterClient client,
        Func<TBody, string?>? actingDepartment, Func<IWorkOrderGrain, TBody, string, Task<OrderResult>> send) where TBody : class
    {
        var (body, error) = await JsonBody.Read<TBody>(context);
        if (error is not null) return error;
        var user = context.User;
        var grain = client.GetGrain<IWorkOrderGrain>(id);
        if (user.IsDepartmentUser())
        {
            var own = user.DepartmentCode();
            var named = actingDepartment?.Invoke(body!)?.Trim();
            if (own is null) return Problems.Forbidden();
            if (!string.IsNullOrEmpty(named) && named != own) return Problems.Forbidden(AuthTexts.OwnDepartmentOnly(own));
            // Not at this consultation and never a handler: the order does not exist for this department.
            if (await grain.Get() is not { } current || !user.CanSee(current)) return Problems.NotFound(ApiTexts.OrderNotFound(id));
        }
        var result = await send(grain, body!, Actor.Of(context));
        return result.Order is { } order
            ? Results.Ok(ResponseMasking.For(user, order))
            : Problems.From(result.Error!, OrderEndpoints.StatusText);
    }
}
