using Hotline.Dashboard.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Hotline.Dashboard.Auth;

/// <summary>
/// For /api and /hubs, a refused request gets a 401 or 403 ProblemDetails in Chinese, whichever scheme
/// was used; a script must never follow a redirect to the login page. Pages keep the cookie's redirect.
/// </summary>
public sealed class ApiAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!AuthSchemes.IsApiRequest(context.Request) || !(authorizeResult.Challenged || authorizeResult.Forbidden))
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        if (authorizeResult.Challenged)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Problems.Unauthorized().ExecuteAsync(context);
        }
        else
        {
            await Problems.Forbidden().ExecuteAsync(context);
        }
    }
}
