using System.Security.Claims;

namespace Hotline.Dashboard.Auth;

/// <summary>POST /api/auth/login and /api/auth/token. Nullable, so that a missing field is named in the 400.</summary>
public sealed record LoginRequest(string? UserName, string? Password);

/// <summary>Who is signed in, as /api/auth/login and /api/me show it.</summary>
public sealed record UserInfo(string UserName, string? DisplayName, string? Role, string? Department, string? SeatId)
{
    public static UserInfo Of(ClaimsPrincipal user) =>
        new(user.UserName(), user.DisplayName(), user.Role(), user.DepartmentCode(), user.SeatId());
}
