namespace Hotline.Contracts.Callers;

/// <summary>A caller (来电人), keyed by phone: orders, open demands, callback satisfaction.</summary>
[Alias("hotline.caller")]
public interface ICallerGrain : IGrainWithStringKey
{
    [Alias("get")] Task<CallerProfile> Get();
}

[GenerateSerializer, Immutable, Alias("hotline.caller-profile")]
public sealed record CallerProfile(
    [property: Id(0)] string Phone,
    [property: Id(1)] string? Name,
    [property: Id(2)] string Type,
    [property: Id(3)] IReadOnlyList<string> Orders,
    [property: Id(4)] IReadOnlyList<string> OpenDemands,
    [property: Id(5)] IReadOnlyDictionary<string, int> Satisfaction,
    [property: Id(6)] DateTimeOffset? LastContactAt);
