using Hotline.Contracts.Orders;
using Hotline.Dashboard.Auth;
using Hotline.Domain;
using Hotline.Domain.Callbacks;
using Hotline.Domain.WorkOrders;

namespace Hotline.Dashboard.Api;

/// <summary>
/// GET /api/callbacks: the callback queue (回访队列) of the review page, read from the order index alone. An order is
/// offered from its next callable instant (inside a callback window, after the retry interval of an unanswered call).
/// </summary>
public static class CallbackEndpoints
{
    /// <summary>Enough for a city's pending callbacks; the queue is sorted across all of them before the page is cut.</summary>
    private const int MaxRows = 2000;

    public static IEndpointRouteBuilder MapCallbackEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/callbacks", Queue).RequireAuthorization(AuthPolicies.Review);
        return app;
    }

    private static async Task<IResult> Queue(HttpContext context, IClusterClient client, CallbackPolicy policy, TimeProvider time)
    {
        var q = context.Request.Query;
        var errors = new Dictionary<string, string[]>();
        var due = true;
        if (QueryValues.NonEmpty(q["due"]) is { } d && !bool.TryParse(d, out due))
            errors["due"] = [SupervisionApiTexts.DueBoolean];
        var pageSize = QueryValues.PageSize(q, errors);
        if (errors.Count > 0) return Problems.Invalid(errors);

        var now = time.GetUtcNow();
        var windowOpen = policy.Windows.IsCallable(now);
        var rows = await QueryValues.All(client, new OrderQuery(Codes.Of(OrderStatus.PendingCallback), null, null, null, 200, null), MaxRows);
        var items = rows
            .Select(o => ToItem(o, now, windowOpen))
            .Where(i => !due || i.CallableNow)
            .OrderBy(i => i.NextCallbackAt ?? DateTimeOffset.MaxValue).ThenBy(i => i.ReceivedAt).ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        return Results.Ok(new CallbackQueue(items.Take(pageSize).ToArray(), items.Count, windowOpen,
            policy.Windows.NextCallableAt(now), policy.MaxAttempts));
    }

    private static CallbackQueueItem ToItem(OrderSummary o, DateTimeOffset now, bool windowOpen)
    {
        // A row written before NextCallbackAt existed is offered as soon as a window is open.
        var next = o.NextCallbackAt;
        return new CallbackQueueItem(o.Id, o.Title, o.Category, o.DistrictCode, o.Lead, o.ReceivedAt,
            o.Clocks.FirstOrDefault(c => c.Name == "callback")?.DueAt, o.CallbackAttempts, next,
            windowOpen && (next is null || next <= now));
    }
}

/// <param name="WindowOpen">Whether now is inside a callback window.</param>
/// <param name="NextWindowAt">Now when a window is open, else the start of the next one.</param>
public sealed record CallbackQueue(IReadOnlyList<CallbackQueueItem> Items, int Total, bool WindowOpen, DateTimeOffset NextWindowAt, int MaxAttempts);

/// <param name="CallbackDueAt">The callback clock's deadline (回访时限).</param>
/// <param name="Attempts">Attempts so far, reached or not.</param>
public sealed record CallbackQueueItem(
    string Id, string Title, string Category, string DistrictCode, string? Lead, DateTimeOffset ReceivedAt,
    DateTimeOffset? CallbackDueAt, int Attempts, DateTimeOffset? NextCallbackAt, bool CallableNow);
