namespace Hotline.Grains.Knowledge;

public sealed class KnowledgeOptions
{
    /// <summary>How often each silo reads the change feed for entries changed on other silos.</summary>
    public TimeSpan ChangePollingPeriod { get; set; } = TimeSpan.FromSeconds(1);
}
