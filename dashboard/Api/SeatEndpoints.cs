using System.Security.Claims;
using Hotline.Contracts.Seats;
using Hotline.Dashboard.Auth;

namespace Hotline.Dashboard.Api;

/// <summary>
/// The seats (坐席): every seat user's live status for the board and the seat console, and a seat's status
/// switch. A seat is a user with the seat role; its grain holds the status and counters.
/// </summary>
public static class SeatEndpoints
{
    /// <summary>The seat status codes, as Hotline.Grains.Seats.SeatStatuses has them (the dashboard does not reference the grains).</summary>
    public static readonly IReadOnlyList<string> Statuses = ["available", "on-call", "wrap-up", "offline"];

    /// <summary>Answering a call: the seat grain starts the call (and counts it).</summary>
    private const string OnCall = "on-call";

    /// <summary>Hanging up: the seat grain ends the call and goes to wrap-up.</summary>
    private const string WrapUp = "wrap-up";

    public static IEndpointRouteBuilder MapSeatEndpoints(this IEndpointRouteBuilder app)
    {
        var seats = app.MapGroup("/api/seats").RequireAuthorization();
        seats.MapGet("", All).RequireAuthorization(AuthPolicies.SeatBoard);
        seats.MapGet("/me", Mine).RequireAuthorization(AuthPolicies.OwnSeat);
        seats.MapPut("/{id}/status", SetStatus).RequireAuthorization(AuthPolicies.SeatStatus);
        return app;
    }

    private static async Task<IResult> All(HttpContext context, IUserStore users, IClusterClient client)
    {
        var seatUsers = (await SeatUsers(users)).OrderBy(u => u.SeatId, StringComparer.Ordinal).ToArray();
        var snapshots = await Task.WhenAll(seatUsers.Select(u => client.GetGrain<ISeatGrain>(u.SeatId).Get()));
        return Results.Ok(seatUsers.Zip(snapshots, (u, s) => SeatView.Of(context.User, u.UserName, u.DisplayName, s)));
    }

    private static async Task<IResult> Mine(HttpContext context, IClusterClient client)
    {
        var user = context.User;
        if (user.SeatId() is not { } own) return Problems.Forbidden(AuthTexts.NoSeat);
        var snapshot = await client.GetGrain<ISeatGrain>(own).Get();
        return Results.Ok(SeatView.Of(user, user.UserName(), user.DisplayName() ?? user.UserName(), snapshot));
    }

    private static async Task<IResult> SetStatus(string id, HttpContext context, IUserStore users, IClusterClient client)
    {
        var user = context.User;
        if (user.Role() == Roles.Seat && user.SeatId() != id)
            return Problems.Forbidden(user.SeatId() is { } own ? AuthTexts.OwnSeatOnly(own) : AuthTexts.NoSeat);
        var (body, error) = await JsonBody.Read<SeatStatusRequest>(context);
        if (error is not null) return error;
        if (!Statuses.Contains(body!.Status ?? "", StringComparer.Ordinal))
            return Problems.Invalid("status", AuthTexts.SeatStatus(string.Join(" | ", Statuses)));
        if (body.CallerPhone is { Length: > 0 } phone && !Hotline.Domain.WorkOrders.PhoneNumber.IsValid(phone))
            return Problems.Invalid("callerPhone", Hotline.Domain.WorkOrders.WorkOrderTexts.PhoneFormat);
        var owner = (await SeatUsers(users)).FirstOrDefault(u => u.SeatId == id);
        if (owner is null) return Problems.NotFound(AuthTexts.SeatNotFound(id));

        try
        {
            var seat = client.GetGrain<ISeatGrain>(id);
            var current = await seat.Get();
            var snapshot = body.Status switch
            {
                OnCall when current.Status == OnCall => null,
                OnCall => await seat.StartCall(body.CallerPhone ?? ""),
                WrapUp when current.Status == OnCall => await seat.EndCall(),
                _ => await seat.SetStatus(body.Status!),
            };
            return snapshot is null
                ? Problems.Conflict(AuthTexts.AlreadyOnCall, current.Status, Live.LiveTexts.SeatStatus(current.Status))
                : Results.Ok(SeatView.Of(user, owner.UserName, owner.DisplayName, snapshot));
        }
        catch (ArgumentException)
        {
            // The grain keeps the last word on which statuses may be set by hand.
            return Problems.Invalid("status", AuthTexts.SeatStatus(string.Join(" | ", Statuses)));
        }
    }

    private static async Task<IEnumerable<SeatUser>> SeatUsers(IUserStore users) =>
        (await users.All())
            .Where(u => u.Role == Roles.Seat && !string.IsNullOrWhiteSpace(u.SeatId))
            .Select(u => new SeatUser(u.UserName, u.DisplayName, u.SeatId!));

    private sealed record SeatUser(string UserName, string DisplayName, string SeatId);

    /// <param name="CallerPhone">Optional with on-call: the number on the line, when the seat already has it.</param>
    public sealed record SeatStatusRequest(string? Status, string? CallerPhone = null);

    /// <summary>A seat as the API shows it: the grain's snapshot and who sits there, the caller masked as usual.</summary>
    public sealed record SeatView(
        string SeatId, string UserName, string DisplayName, string Status, string? CurrentCaller,
        DateTimeOffset? CallStartedAt, int CallsTaken, int OrdersCreated, DateTimeOffset? StatusSince)
    {
        public static SeatView Of(ClaimsPrincipal viewer, string userName, string displayName, SeatSnapshot seat)
        {
            var s = ResponseMasking.For(viewer, seat);
            return new(s.SeatId, userName, displayName, s.Status, s.CurrentCaller, s.CallStartedAt, s.CallsTaken, s.OrdersCreated, s.StatusSince);
        }
    }
}
