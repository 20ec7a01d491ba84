namespace Hotline.Contracts.Routing;

/// <summary>
/// How the suggestions fared in real use: each order's first dispatch is compared with what the seat was shown
/// at intake (top-1 / top-3 hit), per source (rule or model).
/// </summary>
[Alias("hotline.routing-stats")]
public interface IRoutingStatsGrain : IGrainWithStringKey
{
    [Alias("record"), Orleans.Concurrency.OneWay] Task Record(RoutingOutcome outcome);
    [Alias("get")] Task<RoutingUsage> Get();
}

[GenerateSerializer, Immutable, Alias("hotline.routing-outcome")]
public sealed record RoutingOutcome(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string Chosen,
    [property: Id(2)] IReadOnlyList<string> Suggested,
    [property: Id(3)] string Source);

[GenerateSerializer, Immutable, Alias("hotline.routing-usage")]
public sealed record RoutingUsage(
    [property: Id(0)] int Dispatched,
    [property: Id(1)] int Top1,
    [property: Id(2)] int Top3,
    [property: Id(3)] IReadOnlyDictionary<string, int[]> BySource);
