using Microsoft.AspNetCore.Identity;

namespace Hotline.Dashboard.Auth;

/// <summary>
/// Checks a user name and password. An unknown user costs a hash verification too, so the time taken
/// does not tell whether the name exists, and both failures look the same to the caller.
/// </summary>
public sealed class PasswordCheck(IUserStore users, IPasswordHasher<HotlineUser> hasher)
{
    private static readonly HotlineUser Nobody = new("", "", "", null, null, "");
    private readonly string _decoyHash = hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));

    /// <summary>The user when the password is right; null otherwise, whatever the reason.</summary>
    public async Task<HotlineUser?> Verify(string userName, string password)
    {
        var user = await users.Find(userName);
        if (user is null || !Roles.All.Contains(user.Role))
        {
            hasher.VerifyHashedPassword(Nobody, _decoyHash, password);
            return null;
        }
        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed) return null;
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
            await users.Upsert(user with { PasswordHash = hasher.HashPassword(user, password) });
        return user;
    }
}
