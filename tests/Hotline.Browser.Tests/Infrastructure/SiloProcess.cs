using Hotline.Silo.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Browser.Tests.Infrastructure;

/// <summary>
/// A silo hosted exactly as silo/Program.cs hosts it: Azure Table membership on Azurite, real TCP
/// endpoints. The dashboard finds it through the membership table, as in a deployment.
/// </summary>
public static class SiloProcess
{
    public static async Task<IHost> Start(string serviceId, string clusterId)
    {
        Azurite.EnsureRunning();
        var options = new HotlineOptions
        {
            Storage = StorageMode.AzureTables,
            ConnectionString = Azurite.ConnectionString,
            ServiceId = serviceId,
            ClusterId = clusterId,
            SiloPort = FreePort.Next(),
            GatewayPort = FreePort.Next(),
        };
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo.UseHotlineClustering(options).AddHotline(options));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
