using Hotline.Contracts.Routing;
using Microsoft.Extensions.Hosting;

namespace Hotline.Grains.Routing;

/// <summary>
/// At silo start: seeds the routing samples when configured and empty, then makes sure the model grain has its
/// retraining reminder (and a first model). The silo may not take grain calls yet when this starts: it retries.
/// </summary>
public sealed partial class RoutingBootstrap(
    IGrainFactory grains,
    IRoutingSampleStore samples,
    IEnumerable<IRoutingSeed> seeds,
    ILogger<RoutingBootstrap> logger) : BackgroundService
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var seed in seeds) await seed.SeedIfEmpty(samples, stoppingToken);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await grains.GetGrain<IRoutingModelGrain>(RoutingModelGrain.Key).EnsureScheduled();
                    return;
                }
                catch (Exception e) when (e is not OperationCanceledException && attempt < 60)
                {
                    LogNotYet(attempt);
                    await Task.Delay(RetryEvery, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            LogFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Routing model grain not reachable yet (attempt {Attempt})")]
    private partial void LogNotYet(int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Routing bootstrap failed; train on demand with POST /api/routing/train")]
    private partial void LogFailed(Exception exception);
}
