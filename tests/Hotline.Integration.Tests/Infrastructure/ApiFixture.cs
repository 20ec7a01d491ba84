using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hotline.Integration.Tests.Infrastructure;

/// <summary>
/// A silo on Azurite and the real dashboard app in front of it, an Orleans client that finds the
/// silo through Azure Table membership, shared by the API tests. Requests are sent as one of the demo
/// users (<see cref="As"/>), with a bearer token fetched once per user.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _dashboard;
    private IHost? _silo;
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new(StringComparer.Ordinal);

    /// <summary>A client that is not signed in.</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <summary>The dashboard's own cluster client, for looking at grains behind the API.</summary>
    public IClusterClient Client => Services.GetRequiredService<IClusterClient>();

    public IServiceProvider Services => _dashboard!.Services;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task InitializeAsync()
    {
        var serviceId = Azurite.NewServiceId("api");
        var clusterId = $"cluster-{Guid.NewGuid():N}";
        _silo = await SiloProcess.Start(serviceId, clusterId);
        _dashboard = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Hotline:Storage", "AzureTables");
            web.UseSetting("Hotline:ConnectionString", Azurite.ConnectionString);
            web.UseSetting("Hotline:ServiceId", serviceId);
            web.UseSetting("Hotline:ClusterId", clusterId);
            web.UseSetting("Hotline:Auth:SeedDemoUsers", "true");
        });
        Http = _dashboard.CreateClient();
    }

    /// <summary>A client signed in as the demo user, with a bearer token (one token per user, reused).</summary>
    public HttpClient As(string userName) =>
        _clients.GetOrAdd(userName, user => _dashboard!.CreateDefaultClient(new BearerToken(this, user)));

    /// <summary>A fresh client with its own cookie jar, for the cookie sign-in tests.</summary>
    public HttpClient NewBrowser() => _dashboard!.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The demo user's access token from POST /api/auth/token; fetched once, unless that failed.</summary>
    public Task<string> TokenFor(string userName)
    {
        var token = _tokens.GetOrAdd(userName, user => new Lazy<Task<string>>(() => FetchToken(user)));
        if (token.Value.IsFaulted) _tokens.TryRemove(userName, out _);
        return token.Value;
    }

    private async Task<string> FetchToken(string userName)
    {
        var response = await Http.PostAsJsonAsync("/api/auth/token", new { userName, password = Logins.Password });
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"Sign-in of {userName} → {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("accessToken").GetString()!;
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        if (_dashboard is not null) await _dashboard.DisposeAsync();
        if (_silo is not null)
        {
            await _silo.StopAsync();
            _silo.Dispose();
        }
    }

    /// <summary>Puts the user's bearer token on every request.</summary>
    private sealed class BearerToken(ApiFixture fixture, string userName) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await fixture.TokenFor(userName));
            return await base.SendAsync(request, cancellationToken);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
