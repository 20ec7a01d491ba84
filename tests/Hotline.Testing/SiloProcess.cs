using Hotline.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Reminders;

namespace Hotline.Testing;

/// <summary>
/// A silo hosted exactly as silo/Program.cs hosts it: Azure Table membership on Azurite, real TCP
/// endpoints. The dashboard finds it through the membership table, as in a deployment.
/// </summary>
public static class SiloProcess
{
    public static Task<IHost> Start(string serviceId, string clusterId, TimeProvider? time = null) =>
        Start(serviceId, clusterId, FreePort.Next(), FreePort.Next(), time);

    /// <summary>On given ports: a silo restarted on its old gateway port is found again by clients that knew it.</summary>
    /// <param name="time">
    /// A clock for the grains (domain time, grain timers) and reminders; Orleans' own loops (membership, messaging,
    /// directory) stay on real time, as in tests/Hotline.Integration.Tests/Infrastructure/HotlineTestCluster.cs.
    /// </param>
    public static async Task<IHost> Start(string serviceId, string clusterId, int siloPort, int gatewayPort, TimeProvider? time = null)
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
        // A jumped clock makes every reminder-list refresh "late"; those warnings say nothing in a test.
        if (time is not null) builder.Logging.AddFilter("Orleans.Runtime.AsyncTimer", LogLevel.Error);
        builder.UseOrleans(silo =>
        {
            silo.UseHotlineClustering(options).AddHotline(options);
            if (time is not null) UseTime(silo.Services, time);
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static void UseTime(IServiceCollection services, TimeProvider time)
    {
        services.Replace(ServiceDescriptor.Singleton(time));
        // Orleans resolves a keyed clock per area; only grains and reminders follow the given one.
        foreach (var area in new[]
                 {
                     TimeProviderNames.Messaging, TimeProviderNames.SystemTimers, TimeProviderNames.Membership,
                     TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory,
                 })
        {
            services.AddKeyedSingleton(area, TimeProvider.System);
        }
        services.AddKeyedSingleton(TimeProviderNames.Grains, time);
        services.AddKeyedSingleton(ReminderTimeProviderNames.Reminders, time);
    }
}
