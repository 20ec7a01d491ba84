using Hotline.Contracts.Orders;
using Hotline.Dashboard.Auth;
using Hotline.Domain;
using Hotline.Domain.WorkOrders;

namespace Hotline.Dashboard.Api;

/// <summary>The work-order API: intake, reading, listing and every transition of the closed loop.</summary>
public static class OrderEndpoints
{
    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        // Reading needs a login; each command names the roles that may send it.
        var orders = app.MapGroup("/api/orders").RequireAuthorization();
        orders.MapPost("", Create).RequireAuthorization(AuthPolicies.CreateOrder);
        orders.MapGet("", OrderListing.Find);
        orders.MapGet("/{id}", Get);

        MapCommand<AnswerRequest>(orders, "answer", AuthPolicies.Answer, null, (g, b, actor) => g.Answer(new AnswerOrder(actor, b.Answer ?? "", b.KnowledgeId)));
        MapCommand<DispatchRequest>(orders, "dispatch", AuthPolicies.Dispatch, null, (g, b, actor) => g.Dispatch(new DispatchOrder(actor, b.Lead ?? "", b.CoHandlers ?? [])));
        MapCommand<AcceptRequest>(orders, "accept", AuthPolicies.Handle, b => b.Department, (g, b, actor) => g.Accept(new AcceptOrder(actor, b.Department ?? "")));
        MapCommand<ReturnRequest>(orders, "return", AuthPolicies.Handle, b => b.Department, (g, b, actor) => g.Return(new ReturnOrder(actor, b.Department ?? "", b.Grounds ?? "")));
        MapCommand<ExtensionRequestBody>(orders, "extension", AuthPolicies.Handle, b => b.Department, (g, b, actor) => g.RequestExtension(new RequestExtension(actor, b.Department ?? "", b.Until!.Value, b.Reason ?? "")),
            b => b.Until is null ? ("until", ApiTexts.Required) : null);
        MapCommand<ExtensionDecisionRequest>(orders, "extension/decision", AuthPolicies.Dispatch, null, (g, b, actor) => g.DecideExtension(new DecideExtension(actor, b.Approved!.Value, b.Reason)),
            b => b.Approved is null ? ("approved", ApiTexts.MustBeBoolean) : null);
        MapCommand<ReplyRequest>(orders, "reply", AuthPolicies.Handle, b => b.Department, (g, b, actor) => g.Reply(new ReplyOrder(actor, b.Department ?? "", b.Content ?? "", b.Evidence ?? [], b.Final ?? false)));
        MapCommand<ReviewRequest>(orders, "review", AuthPolicies.Review, null, (g, b, actor) => g.Review(new ReviewOrder(actor, b.Level ?? "", b.Approved!.Value, b.Reasons ?? [])),
            b => b.Approved is null ? ("approved", ApiTexts.MustBeBoolean) : null);
        MapCommand<CallbackRequest>(orders, "callback", AuthPolicies.Review, null, (g, b, actor) => g.Callback(new CallbackOrder(actor, b.Satisfaction ?? "", b.Note) { Resolved = b.Resolved }));
        MapCommand<MergeRequest>(orders, "merge", AuthPolicies.Dispatch, null, (g, b, actor) => g.Merge(new MergeOrder(actor, b.ParentId ?? "")));
        MapCommand<InquiryRequest>(orders, "inquiry", AuthPolicies.Inquire, null, (g, b, actor) => g.StartInquiry(new StartInquiry(actor, b.Department ?? "", b.Contact, b.Question ?? "")));
        MapCommand<InquiryAnswerRequest>(orders, "inquiry/answer", AuthPolicies.Handle, b => b.Department, (g, b, actor) => g.AnswerInquiry(new AnswerInquiry(actor, b.Department ?? "", b.Answer ?? "")));
        MapCommand<InquiryReviewRequest>(orders, "inquiry/review", AuthPolicies.Review, null, (g, b, actor) => g.ReviewInquiry(new ReviewInquiry(actor, b.Approved!.Value, b.Reasons ?? [])),
            b => b.Approved is null ? ("approved", ApiTexts.MustBeBoolean) : null);
        MapCommand<TransferRequest>(orders, "transfer", AuthPolicies.Dispatch, null, (g, b, actor) => g.Transfer(new TransferOrder(actor, b.To ?? "")));
        return app;
    }

    private static async Task<IResult> Create(HttpContext context, IClusterClient client, OrderIds ids)
    {
        var (body, error) = await JsonBody.Read<CreateOrderRequest>(context);
        if (error is not null) return error;
        var user = context.User;
        var seatId = string.IsNullOrWhiteSpace(body!.SeatId) ? null : body.SeatId.Trim();
        // A seat takes orders on its own seat only: named or not, the order counts for that seat.
        if (user.Role() == Roles.Seat)
        {
            if (user.SeatId() is not { } own) return Problems.Forbidden(AuthTexts.NoSeat);
            if (seatId is not null && seatId != own) return Problems.Forbidden(AuthTexts.OwnSeatOnly(own));
            seatId = own;
        }
        var command = new CreateOrder(Actor.Of(context), body.Channel ?? "",
            new CallerInfoDto(body.Caller?.Phone ?? "", body.Caller?.Name, body.Caller?.Type ?? "citizen"),
            body.DistrictCode ?? "", body.Address ?? "", body.Lat, body.Lon, body.Category ?? "", body.Title ?? "",
            body.Content ?? "", body.Urgency ?? "normal", seatId)
        {
            CategoryCode = body.CategoryCode,
            SuggestedDepartments = body.SuggestedDepartments,
            SuggestionSource = body.SuggestionSource,
        };

        // A day has 32^6 (about a billion) ids: at 60,000 orders a day a fresh one meets an existing order about once
        // in 18,000 creates, a day or two apart. The create is then refused as a conflict, changing nothing: try again.
        for (var attempt = 0; ; attempt++)
        {
            var id = ids.Next();
            var result = await client.GetGrain<IWorkOrderGrain>(id).CreateFresh(command);
            if (result.Order is { } order)
            {
                if (seatId is not null)
                    await client.GetGrain<Contracts.Seats.ISeatGrain>(seatId).RecordOrderCreated(order.Id);
                return Results.Created($"/api/orders/{order.Id}", ResponseMasking.For(user, order));
            }
            if (result.Error!.Kind != OrderErrorKind.Conflict || result.Error.FinalReply is not null || attempt >= 2) return Problems.From(result.Error, StatusText);
        }
    }

    /// <summary>Another department's order is a 404 to a department user: not even its existence is told.</summary>
    private static async Task<IResult> Get(string id, HttpContext context, IClusterClient client) =>
        await client.GetGrain<IWorkOrderGrain>(id).Get() is { } order && context.User.CanSee(order)
            ? Results.Ok(ResponseMasking.For(context.User, order))
            : Problems.NotFound(ApiTexts.OrderNotFound(id));

    /// <param name="actingDepartment">
    /// The department a body acts for, on commands a department user may send: it must be the user's own.
    /// </param>
    private static void MapCommand<TBody>(RouteGroupBuilder group, string path, string policy,
        Func<TBody, string?>? actingDepartment,
        Func<IWorkOrderGrain, TBody, string, Task<OrderResult>> send,
        Func<TBody, (string Field, string Message)?>? check = null) where TBody : class
    {
        group.MapPost("/{id}/" + path, async (string id, HttpContext context, IClusterClient client) =>
        {
            var (body, error) = await JsonBody.Read<TBody>(context);
            if (error is not null) return error;
            var user = context.User;
            var grain = client.GetGrain<IWorkOrderGrain>(id);
            if (user.IsDepartmentUser())
            {
                // A blank department is left to the domain's validation (400 naming it); another one is refused.
                var own = user.DepartmentCode();
                var named = actingDepartment?.Invoke(body!)?.Trim();
                if (own is null) return Problems.Forbidden();
                if (!string.IsNullOrEmpty(named) && named != own) return Problems.Forbidden(AuthTexts.OwnDepartmentOnly(own));
                if (await grain.Get() is not { } current || !user.CanSee(current)) return Problems.NotFound(ApiTexts.OrderNotFound(id));
            }
            if (check?.Invoke(body!) is { } bad)
            {
                // Say 404 before 400 for an order that does not exist, as every other command does.
                return await grain.Get() is null ? Problems.NotFound(ApiTexts.OrderNotFound(id)) : Problems.Invalid(bad.Field, bad.Message);
            }
            var result = await send(grain, body!, Actor.Of(context));
            return result.Order is { } order ? Results.Ok(ResponseMasking.For(user, order)) : Problems.From(result.Error!, StatusText);
        }).RequireAuthorization(policy);
    }

    internal static string? StatusText(string? code) =>
        Codes.TryParse<OrderStatus>(code, out var status) ? WorkOrderTexts.OrderStatusText(status) : null;
}
