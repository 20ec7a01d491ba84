namespace Hotline.Grains.Routing;

public sealed class RoutingStatsState
{
    public int Dispatched { get; set; }
    public int Top1 { get; set; }
    public int Top3 { get; set; }

    /// <summary>Source → [dispatched, top-1 hits, top-3 hits].</summary>
    public Dictionary<string, int[]> BySource { get; set; } = [];

    /// <summary>Orders already counted, bounded: a repeated one-way call must not count twice.</summary>
    public List<string> Recent { get; set; } = [];
}
