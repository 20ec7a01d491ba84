namespace Hotline.Dashboard.Live;

public sealed partial class LiveFeed
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Live feed: {Loaded} orders loaded from the index, {Held} held for the screens")]
    private partial void LogLoaded(int loaded, int held);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live feed: connecting to the streams and the index failed (attempt {Attempt}); retrying")]
    private partial void LogConnectFailed(Exception exception, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live feed: could not unsubscribe while stopping; Orleans drops the subscriptions of a gone client itself")]
    private partial void LogUnsubscribeFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live feed: reloading after a lost cluster or checking the subscriptions failed; the next check retries")]
    private partial void LogMaintenanceFailed(Exception exception);
}
