using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hotline.Browser.Tests.Infrastructure;

/// <summary>
/// The real dashboard app on a loopback TCP port, joined to a test silo's cluster on Azurite, its content root the
/// dashboard project (wwwroot as the pages engineer writes it). What both browser servers (real and fake time) run.
/// </summary>
public static class DashboardServer
{
    public static (WebApplicationFactory<Program> Dashboard, Uri BaseAddress) Start(string serviceId, string clusterId)
    {
        var port = FreePort.Next();
        var dashboard = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Hotline:Storage", "AzureTables");
            web.UseSetting("Hotline:ConnectionString", Azurite.ConnectionString);
            web.UseSetting("Hotline:ServiceId", serviceId);
            web.UseSetting("Hotline:ClusterId", clusterId);
            web.UseSetting("Hotline:Auth:SeedDemoUsers", "true");
            // appsettings.json sets Information per category; the test output wants warnings and errors only.
            web.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        // IPv4 loopback named explicitly: with UseKestrel(port) alone, http://127.0.0.1:{port} refused connections here.
        dashboard.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        dashboard.StartServer();
        return (dashboard, new Uri($"http://127.0.0.1:{port}"));
    }
}
