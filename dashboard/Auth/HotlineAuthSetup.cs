using Azure.Data.Tables;
using Hotline.Dashboard.Evidence;
using Hotline.Dashboard.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Hotline.Dashboard.Auth;

/// <summary>Sign-in, roles and the stores behind them (users, evidence files), registered in one place.</summary>
public static class HotlineAuthSetup
{
    public static IHostApplicationBuilder AddHotlineAuth(this IHostApplicationBuilder builder, HotlineClientOptions options)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(AuthOptions.Section);
        services.Configure<AuthOptions>(section);
        var auth = section.Get<AuthOptions>() ?? new AuthOptions();

        if (IsInMemory(options))
            services.AddSingleton<IUserStore, InMemoryUserStore>();
        else
            services.AddSingleton<IUserStore>(_ => new AzureTableUserStore(new TableServiceClient(options.ConnectionString)));
        services.AddSingleton<IPasswordHasher<HotlineUser>, PasswordHasher<HotlineUser>>();
        services.AddSingleton<PasswordCheck>();
        services.AddHostedService<DemoUserSeeder>();
        services.AddEvidenceStore(options);

        services.AddAuthentication(AuthSchemes.Default)
            .AddPolicyScheme(AuthSchemes.Default, "Cookie or bearer token", o => o.ForwardDefaultSelector = AuthSchemes.Select)
            .AddCookie(AuthSchemes.Cookie, o =>
            {
                o.Cookie.Name = AuthSchemes.CookieName;
                o.Cookie.HttpOnly = true;
                // Lax: the cookie does not ride along on another site's POST, which is the CSRF defence here.
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = auth.SessionLifetime;
                o.SlidingExpiration = true;
                o.LoginPath = AuthSchemes.LoginPath;
                o.AccessDeniedPath = AuthSchemes.LoginPath;
            })
            .AddBearerToken(AuthSchemes.Bearer, o =>
            {
                o.BearerTokenExpiration = auth.SessionLifetime;
                o.Events.OnMessageReceived = context =>
                {
                    if (AuthSchemes.IsHubRequest(context.Request) && context.Request.Query[AuthSchemes.QueryToken].ToString() is { Length: > 0 } token)
                        context.Token = token;
                    return Task.CompletedTask;
                };
            });

        services.AddAuthorization(o =>
        {
            foreach (var (name, roles) in AuthPolicies.RolesOf)
                o.AddPolicy(name, policy => policy.RequireRole(roles));
            // Everything under /api and /hubs needs a login, even an endpoint mapped without saying so;
            // pages, static files and /health stay open. Endpoints with their own policy are not affected.
            o.FallbackPolicy = new AuthorizationPolicyBuilder()
                .RequireAssertion(c => c.User.Identity?.IsAuthenticated == true
                    || c.Resource is not HttpContext http || !AuthSchemes.IsApiRequest(http.Request))
                .Build();
        });
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();
        return builder;
    }

    public static WebApplication UseHotlineAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    internal static bool IsInMemory(HotlineClientOptions options) =>
        string.Equals(options.Storage, "InMemory", StringComparison.OrdinalIgnoreCase);
}
