using Hotline.Contracts.Orders;

namespace Hotline.Contracts.Callers;

/// <summary>A caller (来电人), keyed by phone: orders, open demands, callback satisfaction.</summary>
[Alias("hotline.caller")]
public interface ICallerGrain : IGrainWithStringKey
{
    [Alias("get")] Task<CallerProfile> Get();

    /// <summary>来电人画像 as the seat sees it: history, open demands, frequency, topics, satisfaction, first-contact resolution.</summary>
    [Alias("portrait")] Task<CallerPortrait> Portrait();

    /// <summary>
    /// Everything an intake check needs of the caller in one turn: the portrait, the kept orders as matters (for
    /// duplicate suggestions) and the final reply that closes this matter, if any.
    /// </summary>
    [Alias("review")] Task<CallerReview> Review(MatterQuery query);

    /// <summary>The earlier order on the same matter that ended with a final reply (最终答复), if any: a new order is refused.</summary>
    [Alias("final-reply-for")] Task<FinalReplyNotice?> FinalReplyFor(MatterQuery query);

    /// <summary>
    /// This caller's order events that change what its history keeps, from the caller feed of one board shard, in each order's sequence; repeats are
    /// dropped. Completes once the history is written, so the feed only moves on from what is durable.
    /// </summary>
    [Alias("apply")] Task Apply(IReadOnlyList<Streams.OrderEvent> events);
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

[GenerateSerializer, Immutable, Alias("hotline.caller-review")]
public sealed record CallerReview(
    [property: Id(0)] CallerPortrait Portrait,
    [property: Id(1)] IReadOnlyList<Matter> Matters,
    [property: Id(2)] FinalReplyNotice? FinalReply);
