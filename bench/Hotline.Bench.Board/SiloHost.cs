using Hotline.Silo.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Bench.Board;

/// <summary>One silo in this process on Azure Tables, configured exactly as the real one (silo/Hosting).</summary>
public static class SiloHost
{
    public static async Task<IHost> Start(HotlineOptions options, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo.UseHotlineClustering(options).AddHotline(options));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
