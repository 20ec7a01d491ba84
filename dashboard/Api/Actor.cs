using Hotline.Dashboard.Auth;

namespace Hotline.Dashboard.Api;

/// <summary>Who acts, for the audit trail: the signed-in user's name, never something the request claims.</summary>
public static class Actor
{
    public static string Of(HttpContext context) => context.User.UserName();
}
