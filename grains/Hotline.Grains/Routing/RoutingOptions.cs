namespace Hotline.Grains.Routing;

public sealed class RoutingOptions
{
    /// <summary>How often the models are retrained from the closed orders (a reminder).</summary>
    public TimeSpan RetrainEvery { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Fewer closed orders than this teach nothing useful: training is refused with a message.</summary>
    public int MinimumSamples { get; set; } = 50;
}
