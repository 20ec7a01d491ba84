using Hotline.Silo.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Testing;

/// <summary>
/// A silo hosted exactly as silo/Program.cs hosts it: Azure Table membership on Azurite, real TCP
/// endpoints. The dashboard finds it through the membership table, as in a deployment.
/// </summary>
public static class SiloProcess
{
    public static Task<IHost> Start(string serviceId, string clusterId) => Start(serviceId, clusterId, FreePort.Next(), FreePort.Next());

    /// <summary>On given ports: a silo restarted on its old gateway port is found again by clients that knew it.</summary>
    public static async Task<IHost> Start(string serviceId, string clusterId, int siloPort, int gatewayPort)
    {
        Azurite.EnsureRunning();
        var options = new HotlineOptions
        {
            Storage = StorageMode.AzureTables,
            ConnectionString = Azurite.ConnectionString,
            ServiceId = serviceId,
            ClusterId = clusterId,
            SiloPort = siloPort,
            GatewayPort = gatewayPort,
        };
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo.UseHotlineClustering(options).AddHotline(options));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
