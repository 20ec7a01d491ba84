namespace Hotline.Grains.Knowledge;

public sealed class KnowledgeOptions
{
    /// <summary>How often each silo reads the change feed for entries changed on other silos.</summary>
    public TimeSpan ChangePollingPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Change-feed rows older than this are dropped (checked hourly), so the feed stays small.</summary>
    public TimeSpan ChangesKeptFor { get; set; } = TimeSpan.FromDays(1);
}
