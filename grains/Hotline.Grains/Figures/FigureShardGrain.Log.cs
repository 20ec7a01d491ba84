using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Figures;

public sealed partial class FigureShardGrain
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Figure shard {Shard} could not write its book; retrying at the next tick")]
    private partial void LogWriteFailed(Exception exception, string shard);
}
