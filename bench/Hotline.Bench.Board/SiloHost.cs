using Hotline.Grains.Storage;
using Hotline.Silo.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime.Hosting;

namespace Hotline.Bench.Board;

/// <summary>One silo in this process on Azure Tables, configured as the real one (silo/Hosting) unless an experiment says otherwise.</summary>
public static class SiloHost
{
    private static volatile bool _quiet;

    /// <param name="streamPullPeriod">
    /// An experiment, off by default: the memory streams' pulling agents poll every
    /// <see cref="HotlineOptions.StreamPollingPeriod"/> (20 ms), which sits inside every event-to-screen figure.
    /// </param>
    /// <param name="warnings">When given, warnings are counted there instead of printed (the suite summarises them).</param>
    public static async Task<IHost> Start(HotlineOptions options, TimeSpan? streamPullPeriod, CancellationToken cancellationToken, ILoggerProvider? warnings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        // Warnings during the run are evidence (timeouts, stream failures) and stay on the console;
        // the teardown of thousands of activations on throwaway storage is not, and is silenced.
        if (warnings is not null)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(warnings);
        }
        builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning && !_quiet);
        if (streamPullPeriod is { } period) options.StreamPollingPeriod = period;
        // BENCH_STATE_PARTITIONS=N (experiment): grain-state partitions per grain type on Azure Tables (Hotline:StatePartitions).
        // Its Azurite is fresh: no earlier layout to read from.
        if (Environment.GetEnvironmentVariable("BENCH_STATE_PARTITIONS") is { Length: > 0 } partitions)
            options.StatePartitions = options.EarlierStatePartitions = int.Parse(partitions, System.Globalization.CultureInfo.InvariantCulture);
        // BENCH_DELIVERY_BATCH=N (experiment): stream messages per delivery instead of HotlineOptions.StreamDeliveryBatch.
        if (Environment.GetEnvironmentVariable("BENCH_DELIVERY_BATCH") is { Length: > 0 } batch)
            options.StreamDeliveryBatch = int.Parse(batch, System.Globalization.CultureInfo.InvariantCulture);
        // Two more in-memory state storages beside the silo's, for the suite's state-write floor only (Suite/StateWriteFloor.cs).
        builder.UseOrleans(silo =>
        {
            silo.UseHotlineClustering(options).AddHotline(options).AddMemoryGrainStorage(Suite.StateWriteFloor.OrleansMemory);
            silo.Services.AddGrainStorage(Suite.StateWriteFloor.Uncompressed, (_, _) => new CompactMemoryGrainStorage(new JsonGrainStateSerializer(), compress: false));
        });
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

    /// <summary>
    /// Stops the silo, giving up after <paramref name="deadline"/> (10 s unless given): grains still deactivating then
    /// are abandoned with the storage. Says how long it took and whether it finished.
    /// </summary>
    public static async Task<string> Stop(IHost host, TimeSpan? deadline = null)
    {
        _quiet = true;
        var started = System.Diagnostics.Stopwatch.StartNew();
        using var stopping = new CancellationTokenSource(deadline ?? TimeSpan.FromSeconds(10));
        var finished = true;
        try
        {
            await host.StopAsync(stopping.Token);
        }
        catch (OperationCanceledException)
        {
            finished = false;
        }
        host.Dispose();
        return $"stopped in {started.Elapsed.TotalSeconds:F1} s{(finished && !stopping.IsCancellationRequested ? "" : ", deadline reached")}";
    }
}
