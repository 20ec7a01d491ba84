namespace Hotline.Dashboard.Auth;

/// <summary>
/// The hotline's own claim types. Name and role use the standard <see cref="System.Security.Claims.ClaimTypes"/>
/// so that <c>User.Identity.Name</c> and <c>RequireRole</c> work as usual.
/// </summary>
public static class HotlineClaims
{
    public const string Department = "department";
    public const string Seat = "seat";
    public const string DisplayName = "display_name";
}
