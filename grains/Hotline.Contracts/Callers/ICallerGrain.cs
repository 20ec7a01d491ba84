using Hotline.Contracts.Orders;

namespace Hotline.Contracts.Callers;

/// <summary>A caller (来电人), keyed by phone: orders, open demands, callback satisfaction.</summary>
[Alias("hotline.caller")]
public interface ICallerGrain : IGrainWithStringKey
{
    [Alias("get")] Task<CallerProfile> Get();

    /// <summary>来电人画像 as the seat sees it: history, open demands, frequency, topics, satisfaction, first-contact resolution.</summary>
    [Alias("portrait")] Task<CallerPortrait> Portrait();

    /// <summary>The caller's kept orders as matters, for duplicate suggestions.</summary>
    [Alias("matters")] Task<IReadOnlyList<Matter>> Matters();

    /// <summary>The earlier order on the same matter that ended with a final reply (最终答复), if any: a new order is refused.</summary>
    [Alias("final-reply-for")] Task<FinalReplyNotice?> FinalReplyFor(MatterQuery query);
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
