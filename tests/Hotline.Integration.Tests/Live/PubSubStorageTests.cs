using Hotline.Integration.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Hotline.Contracts.Streams;
using Orleans.Configuration;

namespace Hotline.Integration.Tests.Live;

/// <summary>Pub-sub state must survive a silo restart: it is kept apart from the orders' JSON storage, in Orleans' own format.</summary>
public sealed class PubSubStorageTests
{
    [Fact]
    public async Task Pub_sub_state_is_stored_with_orleans_own_serializer()
    {
        using var silo = await SiloProcess.Start(Azurite.NewServiceId("pubsub"), $"cluster-{Guid.NewGuid():N}");
        var options = silo.Services.GetRequiredService<IOptionsMonitor<AzureTableStorageOptions>>().Get("PubSubStore");
        Assert.Equal("OrleansGrainStorageSerializer", options.GrainStorageSerializer.GetType().Name);
        // Orleans looks up a stream provider's pub-sub store by the provider's name first.
        Assert.Null(silo.Services.GetKeyedService<Orleans.Storage.IGrainStorage>(StreamNames.Provider));
        await silo.StopAsync();
    }
}
