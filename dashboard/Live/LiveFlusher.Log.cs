namespace Hotline.Dashboard.Live;

public sealed partial class LiveFlusher
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Live feed: a flush to the screens failed; the next one goes out as usual")]
    private partial void LogFlushFailed(Exception exception);
}
