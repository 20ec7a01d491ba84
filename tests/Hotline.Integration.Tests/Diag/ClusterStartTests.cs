using Hotline.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Hotline.Integration.Tests.Diag;

public sealed class ClusterStartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Cluster_starts()
    {
        output.WriteLine("starting");
        var cluster = await HotlineTestCluster.Start(Azurite.NewServiceId("diag"));
        output.WriteLine("started");
        var o = await cluster.Client.GetGrain<Hotline.Contracts.Orders.IWorkOrderGrain>("x").Get();
        output.WriteLine("got " + (o is null));
        await cluster.DisposeAsync();
    }
}
