using System.Net;
using Azure.Data.Tables;
using Hotline.Contracts.Streams;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Hotline.Dashboard.Hosting;

public static class OrleansClientSetup
{
    /// <summary>The dashboard is a stateless Orleans client: it finds the silos, it never hosts grains.</summary>
    public static IHostApplicationBuilder AddHotlineClient(this IHostApplicationBuilder builder, HotlineClientOptions options)
    {
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = options.ServiceId;
            });
            if (options.Gateways.Length > 0)
                client.UseStaticClustering(options.Gateways.Select(IPEndPoint.Parse).ToArray());
            else if (string.Equals(options.Storage, "InMemory", StringComparison.OrdinalIgnoreCase))
                client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
            else
                client.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(options.ConnectionString));
            client.AddMemoryStreams(StreamNames.Provider);
            client.AddDashboard();
            // A dashboard started before its silo keeps trying instead of failing.
            client.UseConnectionRetryFilter(async (exception, cancellationToken) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                return true;
            });
        });
        return builder;
    }
}
