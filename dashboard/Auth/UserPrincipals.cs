using System.Security.Claims;

namespace Hotline.Dashboard.Auth;

/// <summary>Turns a stored user into the claims that cookie and bearer token carry.</summary>
public static class UserPrincipals
{
    public static ClaimsPrincipal For(HotlineUser user, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.Role, user.Role),
            new(HotlineClaims.DisplayName, user.DisplayName),
        };
        if (user.Role == Roles.Department && !string.IsNullOrEmpty(user.Department))
            claims.Add(new(HotlineClaims.Department, user.Department));
        if (user.Role == Roles.Seat && !string.IsNullOrEmpty(user.SeatId))
            claims.Add(new(HotlineClaims.Seat, user.SeatId));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }
}
