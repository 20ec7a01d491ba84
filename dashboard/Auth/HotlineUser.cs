namespace Hotline.Dashboard.Auth;

/// <summary>
/// A person who signs in. <see cref="Department"/> is set for department users only and
/// <see cref="SeatId"/> for seats only; the password is kept only as its PBKDF2 hash.
/// </summary>
public sealed record HotlineUser(
    string UserName,
    string DisplayName,
    string Role,
    string? Department,
    string? SeatId,
    string PasswordHash)
{
    /// <summary>User names are matched case-insensitively: the store keys them in lower case.</summary>
    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();
}
