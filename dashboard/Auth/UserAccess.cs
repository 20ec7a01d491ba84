using System.Security.Claims;

namespace Hotline.Dashboard.Auth;

/// <summary>What a signed-in user is and may see, read from the claims. The one place these rules live.</summary>
public static class UserAccess
{
    private static readonly IReadOnlySet<string> Watchers = new HashSet<string>(StringComparer.Ordinal)
    {
        Roles.Dispatcher, Roles.Leader, Roles.Reviewer, Roles.Admin,
    };

    public static string UserName(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Name) ?? throw new InvalidOperationException("The request has no signed-in user.");

    public static string? Role(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role);

    public static string? DepartmentCode(this ClaimsPrincipal user) => NonEmpty(user.FindFirstValue(HotlineClaims.Department));

    public static string? SeatId(this ClaimsPrincipal user) => NonEmpty(user.FindFirstValue(HotlineClaims.Seat));

    public static string? DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(HotlineClaims.DisplayName);

    public static bool IsDepartmentUser(this ClaimsPrincipal user) => user.Role() == Roles.Department;

    /// <summary>
    /// Full caller phone numbers are for those who talk to the caller: the seat that takes the call and the
    /// reviewer who calls back. Everyone else, admin included, sees them masked (personal information law).
    /// </summary>
    public static bool CanSeePhones(this ClaimsPrincipal user) => user.Role() is Roles.Seat or Roles.Reviewer;

    /// <summary>A department user sees only its own department; every other role sees all of them.</summary>
    public static bool CanSeeDepartment(this ClaimsPrincipal user, string code) =>
        !user.IsDepartmentUser() || string.Equals(user.DepartmentCode(), code, StringComparison.Ordinal);

    /// <summary>
    /// Whether the user may watch a live screen: "board" and "taskforce:{code}" for the centre's roles,
    /// "department:{code}" also for that department's own users. Unknown screens: nobody.
    /// </summary>
    public static bool CanWatch(this ClaimsPrincipal user, string screen)
    {
        var role = user.Role();
        if (role is null) return false;
        if (screen == "board") return Watchers.Contains(role);
        if (CodeAfter(screen, "taskforce:") is not null) return Watchers.Contains(role);
        if (CodeAfter(screen, "department:") is { } code)
            return Watchers.Contains(role) || (role == Roles.Department && user.DepartmentCode() == code);
        return false;
    }

    private static string? CodeAfter(string screen, string prefix) =>
        screen.StartsWith(prefix, StringComparison.Ordinal) && screen.Length > prefix.Length ? screen[prefix.Length..] : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
