namespace Hotline.Contracts.Figures;

/// <summary>The counters of one month × dimension × key (see Hotline.Domain.Figures.FigureCounters for their meaning).</summary>
[GenerateSerializer, Immutable, Alias("hotline.figure-counts")]
public sealed record FigureCounts
{
    [Id(0)] public int Received { get; init; }
    [Id(1)] public int DirectlyAnswered { get; init; }
    [Id(2)] public int Dispatched { get; init; }
    [Id(3)] public int Accepted { get; init; }
    [Id(4)] public int AcceptedOnTime { get; init; }
    [Id(5)] public int Returned { get; init; }
    [Id(6)] public int Replied { get; init; }
    [Id(7)] public int RepliedOnTime { get; init; }
    [Id(8)] public int CallbacksReached { get; init; }
    [Id(9)] public int Satisfied { get; init; }
    [Id(10)] public int BasicallySatisfied { get; init; }
    [Id(11)] public int Dissatisfied { get; init; }
    [Id(12)] public int Resolved { get; init; }
    [Id(13)] public int Unreachable { get; init; }
    [Id(14)] public int Reopened { get; init; }
    [Id(15)] public int Closed { get; init; }
    [Id(16)] public int Breaches { get; init; }
    [Id(17)] public IReadOnlyDictionary<string, int> Escalations { get; init; } = new Dictionary<string, int>();
    [Id(18)] public IReadOnlyDictionary<string, int> TypicalCases { get; init; } = new Dictionary<string, int>();
}

/// <summary>The rates of a row; null where the denominator is zero.</summary>
[GenerateSerializer, Immutable, Alias("hotline.figure-rates")]
public sealed record FigureRateSet(
    [property: Id(0)] double? ResponseRate,
    [property: Id(1)] double? OnTimeAcceptance,
    [property: Id(2)] double? OnTimeCompletion,
    [property: Id(3)] double? ResolutionRate,
    [property: Id(4)] double? SatisfactionRate,
    [property: Id(5)] double? ReturnRate,
    [property: Id(6)] double? RedoRate);

/// <summary>One row: dimension (city | department | district | category | spot), its key and display name.</summary>
[GenerateSerializer, Immutable, Alias("hotline.figure-row")]
public sealed record FigureRowData(
    [property: Id(0)] string Dimension,
    [property: Id(1)] string Key,
    [property: Id(2)] string? Name,
    [property: Id(3)] FigureCounts Counters,
    [property: Id(4)] FigureRateSet? Rates);
