using Hotline.Contracts.Streams;
using Hotline.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Reminders;
using Orleans.TestingHost;

namespace Hotline.Integration.Tests.Infrastructure;

/// <summary>
/// One in-process silo with the real Hotline configuration on Azurite (or, when asked, on the in-memory
/// storage a demo or the bench runs on). With a FakeTimeProvider
/// the grains' clocks (domain time, grain timers, reminders) follow the fake clock while Orleans'
/// own maintenance loops (membership, messaging, directory) stay on real time.
/// </summary>
public static class HotlineTestCluster
{
    public static async Task<InProcessTestCluster> Start(string serviceId, FakeTimeProvider? time = null, TimeSpan? reminderPeriod = null,
        Action<IServiceCollection>? services = null, StorageMode storage = StorageMode.AzureTables)
    {
        if (storage == StorageMode.AzureTables) Azurite.EnsureRunning();
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = serviceId;
        builder.Options.ConfigureFileLogging = false;
        var options = new HotlineOptions
        {
            Storage = storage,
            ConnectionString = storage == StorageMode.AzureTables ? Azurite.ConnectionString : "",
            ServiceId = serviceId,
            ReminderPeriod = reminderPeriod ?? TimeSpan.FromMinutes(1),
        };
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddHotline(options);
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            if (time is not null) UseFakeTime(silo.Services, time);
            services?.Invoke(silo.Services);
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(StreamNames.Provider));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private static void UseFakeTime(IServiceCollection services, FakeTimeProvider time)
    {
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
        // Orleans resolves a keyed clock per area; only grains and reminders follow the fake one.
        foreach (var area in new[]
                 {
                     TimeProviderNames.Messaging, TimeProviderNames.SystemTimers, TimeProviderNames.Membership,
                     TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory,
                 })
        {
            services.AddKeyedSingleton(area, TimeProvider.System);
        }
        services.AddKeyedSingleton<TimeProvider>(TimeProviderNames.Grains, time);
        services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, time);
    }
}
