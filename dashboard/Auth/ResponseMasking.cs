using System.Security.Claims;
using Hotline.Contracts.Callers;
using Hotline.Contracts.Orders;
using Hotline.Contracts.Seats;

namespace Hotline.Dashboard.Auth;

/// <summary>
/// The one place caller phones are masked on the way out, for every user who may not see them
/// (<see cref="UserAccess.CanSeePhones"/>). Every response that carries a caller's phone goes through here.
/// </summary>
public static class ResponseMasking
{
    public static OrderSnapshot For(ClaimsPrincipal user, OrderSnapshot order) =>
        user.CanSeePhones() ? order : order with { Caller = order.Caller with { Phone = PhoneMask.Mask(order.Caller.Phone) } };

    public static CallerProfile For(ClaimsPrincipal user, CallerProfile profile) =>
        user.CanSeePhones() ? profile : profile with { Phone = PhoneMask.Mask(profile.Phone) };

    public static SeatSnapshot For(ClaimsPrincipal user, SeatSnapshot seat) =>
        user.CanSeePhones() || seat.CurrentCaller is null ? seat : seat with { CurrentCaller = PhoneMask.Mask(seat.CurrentCaller) };
}
