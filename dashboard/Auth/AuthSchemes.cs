using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Hotline.Dashboard.Auth;

/// <summary>
/// Pages use a cookie, API clients and SignalR a bearer token; one policy scheme picks per request, so
/// endpoints never name a scheme.
/// </summary>
public static class AuthSchemes
{
    public const string Default = "hotline";
    public const string Cookie = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string Bearer = BearerTokenDefaults.AuthenticationScheme;
    public const string CookieName = "hotline.auth";
    public const string LoginPath = "/login.html";

    /// <summary>Browsers' WebSocket API cannot set headers, so SignalR sends the token in the query string.</summary>
    public const string QueryToken = "access_token";

    public static string Select(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return Bearer;
        if (IsHubRequest(context.Request) && context.Request.Query.ContainsKey(QueryToken)) return Bearer;
        return Cookie;
    }

    public static bool IsHubRequest(HttpRequest request) => request.Path.StartsWithSegments("/hubs");

    /// <summary>Requests answered with 401/403 ProblemDetails instead of a redirect to the login page.</summary>
    public static bool IsApiRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || IsHubRequest(request);
}
