using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Hotline.Browser.Tests.Infrastructure;

/// <summary>
/// The whole system as a browser meets it: a silo on Azurite (Azure Table membership, a fresh ServiceId so
/// the board's figures start from nothing) and the real dashboard app listening on a loopback TCP port, its
/// content root the dashboard project (wwwroot as the pages engineer writes it). Shared by every browser test.
/// </summary>
public sealed class HotlineServer : IAsyncLifetime
{
    private IHost? _silo;
    private WebApplicationFactory<Program>? _dashboard;

    /// <summary>http://127.0.0.1:{port}, what Chromium opens.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The order API over real HTTP, for the steps a test does not drive through a page.</summary>
    public HotlineApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var serviceId = Azurite.NewServiceId("browser");
        var clusterId = $"cluster-{Guid.NewGuid():N}";
        _silo = await SiloProcess.Start(serviceId, clusterId);

        (_dashboard, var address) = DashboardServer.Start(serviceId, clusterId);
        BaseAddress = address;
        Api = new HotlineApi(BaseAddress);
        // The first sign-in waits for the seeded users; later ones are quick.
        await Api.TokenFor(Logins.Dispatcher);
    }

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        if (_dashboard is not null) await _dashboard.DisposeAsync();
        if (_silo is not null)
        {
            await _silo.StopAsync();
            _silo.Dispose();
        }
    }
}

/// <summary>All browser test classes share one server and run one after another (one Chromium at a time on 2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<HotlineServer>
{
    public const string Name = "browser";
}
