using Orleans.TestingHost;

namespace Hotline.Integration.Tests.Infrastructure;

/// <summary>An in-process silo on Azurite with real time, shared by grain-level tests.</summary>
public sealed class RealTimeClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync() => Cluster = await HotlineTestCluster.Start(Azurite.NewServiceId("grains"));

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class GrainCollection : ICollectionFixture<RealTimeClusterFixture>
{
    public const string Name = "grains";
}
