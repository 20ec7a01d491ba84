using Hotline.Contracts.Routing;

namespace Hotline.Grains.Routing;

public sealed class RoutingModelState
{
    public int Version { get; set; }
    public DateTimeOffset? TrainedAt { get; set; }
    public int TrainedOn { get; set; }
    public string? TrainedBy { get; set; }
    public string? LastError { get; set; }
    public double TrainSeconds { get; set; }
    public AccuracyFigures? RulesOnly { get; set; }
    public AccuracyFigures? ModelOnly { get; set; }
    public AccuracyFigures? Combined { get; set; }
    public AccuracyFigures? Category { get; set; }
}
