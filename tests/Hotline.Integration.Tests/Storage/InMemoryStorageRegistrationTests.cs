using Hotline.Grains.Reminders;
using Hotline.Grains.Storage;
using Hotline.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Storage;

namespace Hotline.Integration.Tests.Storage;

/// <summary>The in-memory silo uses the compact storage for grain state and for stream pub-sub alike, and keeps its reminders in its process.</summary>
public sealed class InMemoryStorageRegistrationTests
{
    [Fact]
    public void The_in_memory_silo_keeps_state_and_pub_sub_in_compact_storage_and_reminders_in_its_process()
    {
        var builder = Host.CreateApplicationBuilder();
        var options = new HotlineOptions { Storage = StorageMode.InMemory, ServiceId = "registration", ClusterId = "registration" };
        builder.UseOrleans(silo => silo.UseHotlineClustering(options).AddHotline(options));
        using var host = builder.Build();

        Assert.IsType<CompactMemoryGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.State));
        Assert.IsType<CompactMemoryGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.PubSub));
        Assert.IsType<InProcessReminderTable>(host.Services.GetRequiredService<IReminderTable>());
    }
}
