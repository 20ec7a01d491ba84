namespace Hotline.Contracts.Routing;

/// <summary>
/// The routing models (department and category classifiers) of the whole city: trained from closed orders on demand
/// and on a schedule (a reminder), saved as bytes, and versioned so that every silo's advisor picks up a new one.
/// </summary>
[Alias("hotline.routing-model")]
public interface IRoutingModelGrain : IGrainWithStringKey
{
    [Alias("status")] Task<RoutingModelStatus> Status();

    /// <summary>Starts a training run unless one is running; returns at once (training takes seconds).</summary>
    [Alias("train")] Task<RoutingModelStatus> Train(string actor);

    /// <summary>Registers the retraining reminder, and trains at once when no model exists yet.</summary>
    [Alias("ensure")] Task EnsureScheduled();
}

[GenerateSerializer, Immutable, Alias("hotline.routing-model-status")]
public sealed record RoutingModelStatus
{
    [Id(0)] public int Version { get; init; }
    [Id(1)] public DateTimeOffset? TrainedAt { get; init; }
    [Id(2)] public int TrainedOn { get; init; }
    [Id(3)] public bool Training { get; init; }
    [Id(4)] public string? LastError { get; init; }
    [Id(5)] public AccuracyFigures? RulesOnly { get; init; }
    [Id(6)] public AccuracyFigures? Combined { get; init; }
    [Id(7)] public AccuracyFigures? ModelOnly { get; init; }
    [Id(8)] public AccuracyFigures? Category { get; init; }
    [Id(9)] public double TrainSeconds { get; init; }
    [Id(10)] public DateTimeOffset? NextTrainingAt { get; init; }
    [Id(11)] public string? TrainedBy { get; init; }
}

/// <summary>Top-1 / top-3 hit rates on <see cref="Count"/> held-out orders.</summary>
[GenerateSerializer, Immutable, Alias("hotline.accuracy")]
public sealed record AccuracyFigures([property: Id(0)] int Count, [property: Id(1)] double Top1, [property: Id(2)] double Top3);
