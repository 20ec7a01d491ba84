using Hotline.Dashboard.Api;
using Microsoft.AspNetCore.Authentication;

namespace Hotline.Dashboard.Auth;

/// <summary>Sign in (cookie or bearer token), sign out, and who am I.</summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").AllowAnonymous();

        auth.MapPost("/login", async (HttpContext context, PasswordCheck check) =>
        {
            var (user, error) = await SignInUser(context, check);
            if (error is not null) return error;
            var principal = UserPrincipals.For(user!, AuthSchemes.Cookie);
            await context.SignInAsync(AuthSchemes.Cookie, principal);
            return Results.Ok(UserInfo.Of(principal));
        });

        // The bearer handler writes {tokenType, accessToken, expiresIn, refreshToken} itself.
        auth.MapPost("/token", async (HttpContext context, PasswordCheck check) =>
        {
            var (user, error) = await SignInUser(context, check);
            return error ?? Results.SignIn(UserPrincipals.For(user!, AuthSchemes.Bearer), authenticationScheme: AuthSchemes.Bearer);
        });

        auth.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(AuthSchemes.Cookie);
            return Results.NoContent();
        });

        app.MapGet("/api/me", (HttpContext context) => Results.Ok(UserInfo.Of(context.User))).RequireAuthorization();
        return app;
    }

    private static async Task<(HotlineUser? User, IResult? Error)> SignInUser(HttpContext context, PasswordCheck check)
    {
        var (body, error) = await JsonBody.Read<LoginRequest>(context);
        if (error is not null) return (null, error);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body!.UserName)) errors["userName"] = [ApiTexts.Required];
        if (string.IsNullOrEmpty(body.Password)) errors["password"] = [ApiTexts.Required];
        if (errors.Count > 0) return (null, Problems.Invalid(errors));

        var user = await check.Verify(body.UserName!, body.Password!);
        return user is null
            ? (null, Results.Problem(detail: AuthTexts.LoginFailed, statusCode: StatusCodes.Status401Unauthorized, title: AuthTexts.LoginFailedTitle))
            : (user, null);
    }
}
