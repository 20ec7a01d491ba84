using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hotline.Integration.Tests.Infrastructure;

/// <summary>
/// A silo on Azurite and the real dashboard app in front of it, an Orleans client that finds the
/// silo through Azure Table membership, shared by the API tests.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _dashboard;
    private IHost? _silo;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>The dashboard's own cluster client, for looking at grains behind the API.</summary>
    public IClusterClient Client => _dashboard!.Services.GetRequiredService<IClusterClient>();

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
        });
        Http = _dashboard.CreateClient();
    }

    public async Task DisposeAsync()
    {
        if (_dashboard is not null) await _dashboard.DisposeAsync();
        if (_silo is not null)
        {
            await _silo.StopAsync();
            _silo.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
