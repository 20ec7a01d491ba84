using Hotline.Contracts.Orders;
using Hotline.Domain;
using Hotline.Domain.WorkOrders;

namespace Hotline.Dashboard.Api;

/// <summary>The work-order API: intake, reading, listing and every transition of the closed loop.</summary>
public static class OrderEndpoints
{
    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/api/orders");
        orders.MapPost("", Create);
        orders.MapGet("", OrderListing.Find);
        orders.MapGet("/{id}", Get);

        MapCommand<AnswerRequest>(orders, "answer", (g, b, actor) => g.Answer(new AnswerOrder(actor, b.Answer ?? "")));
        MapCommand<DispatchRequest>(orders, "dispatch", (g, b, actor) => g.Dispatch(new DispatchOrder(actor, b.Lead ?? "", b.CoHandlers ?? [])));
        MapCommand<AcceptRequest>(orders, "accept", (g, b, actor) => g.Accept(new AcceptOrder(actor, b.Department ?? "")));
        MapCommand<ReturnRequest>(orders, "return", (g, b, actor) => g.Return(new ReturnOrder(actor, b.Department ?? "", b.Grounds ?? "")));
        MapCommand<ExtensionRequestBody>(orders, "extension", (g, b, actor) => g.RequestExtension(new RequestExtension(actor, b.Department ?? "", b.Until!.Value, b.Reason ?? "")),
            b => b.Until is null ? ("until", ApiTexts.Required) : null);
        MapCommand<ExtensionDecisionRequest>(orders, "extension/decision", (g, b, actor) => g.DecideExtension(new DecideExtension(actor, b.Approved!.Value, b.Reason)),
            b => b.Approved is null ? ("approved", ApiTexts.MustBeBoolean) : null);
        MapCommand<ReplyRequest>(orders, "reply", (g, b, actor) => g.Reply(new ReplyOrder(actor, b.Department ?? "", b.Content ?? "", b.Evidence ?? [], b.Final ?? false)));
        MapCommand<ReviewRequest>(orders, "review", (g, b, actor) => g.Review(new ReviewOrder(actor, b.Level ?? "", b.Approved!.Value, b.Reasons ?? [])),
            b => b.Approved is null ? ("approved", ApiTexts.MustBeBoolean) : null);
        MapCommand<CallbackRequest>(orders, "callback", (g, b, actor) => g.Callback(new CallbackOrder(actor, b.Satisfaction ?? "", b.Note)));
        MapCommand<MergeRequest>(orders, "merge", (g, b, actor) => g.Merge(new MergeOrder(actor, b.ParentId ?? "")));
        MapCommand<TransferRequest>(orders, "transfer", (g, b, actor) => g.Transfer(new TransferOrder(actor, b.To ?? "")));
        return app;
    }

    private static async Task<IResult> Create(HttpContext context, IClusterClient client, OrderIds ids)
    {
        var (body, error) = await JsonBody.Read<CreateOrderRequest>(context);
        if (error is not null) return error;
        var command = new CreateOrder(Actor.Of(context), body!.Channel ?? "",
            new CallerInfoDto(body.Caller?.Phone ?? "", body.Caller?.Name, body.Caller?.Type ?? "citizen"),
            body.DistrictCode ?? "", body.Address ?? "", body.Lat, body.Lon, body.Category ?? "", body.Title ?? "",
            body.Content ?? "", body.Urgency ?? "normal", body.SeatId);

        // A fresh random number collides with an existing order about once in a billion: try again then.
        for (var attempt = 0; ; attempt++)
        {
            var id = ids.Next();
            var result = await client.GetGrain<IWorkOrderGrain>(id).Create(command);
            if (result.Order is { } order)
            {
                if (body.SeatId is { Length: > 0 } seat)
                    await client.GetGrain<Contracts.Seats.ISeatGrain>(seat).RecordOrderCreated(order.Id);
                return Results.Created($"/api/orders/{order.Id}", order);
            }
            if (result.Error!.Kind != OrderErrorKind.Conflict || attempt >= 2) return Problems.From(result.Error, StatusText);
        }
    }

    private static async Task<IResult> Get(string id, IClusterClient client) =>
        await client.GetGrain<IWorkOrderGrain>(id).Get() is { } order
            ? Results.Ok(order)
            : Problems.NotFound(ApiTexts.OrderNotFound(id));

    private static void MapCommand<TBody>(RouteGroupBuilder group, string path,
        Func<IWorkOrderGrain, TBody, string, Task<OrderResult>> send,
        Func<TBody, (string Field, string Message)?>? check = null) where TBody : class
    {
        group.MapPost("/{id}/" + path, async (string id, HttpContext context, IClusterClient client) =>
        {
            var (body, error) = await JsonBody.Read<TBody>(context);
            if (error is not null) return error;
            var grain = client.GetGrain<IWorkOrderGrain>(id);
            if (check?.Invoke(body!) is { } bad)
            {
                // Say 404 before 400 for an order that does not exist, as every other command does.
                return await grain.Get() is null ? Problems.NotFound(ApiTexts.OrderNotFound(id)) : Problems.Invalid(bad.Field, bad.Message);
            }
            var result = await send(grain, body!, Actor.Of(context));
            return result.Order is { } order ? Results.Ok(order) : Problems.From(result.Error!, StatusText);
        });
    }

    internal static string? StatusText(string? code) =>
        Codes.TryParse<OrderStatus>(code, out var status) ? WorkOrderTexts.OrderStatusText(status) : null;
}
