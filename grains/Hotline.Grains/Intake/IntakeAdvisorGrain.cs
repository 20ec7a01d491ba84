using Hotline.Contracts.Callers;
using Hotline.Contracts.Intake;
using Hotline.Domain;
using Hotline.Domain.Duplicates;
using Hotline.Domain.WorkOrders;
using Hotline.Grains.Callers;
using Hotline.Grains.Duplicates;
using Hotline.Grains.Indexing;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace Hotline.Grains.Intake;

/// <summary>
/// The seat's pre-check of an intake: the caller grain knows the caller's matters and final replies; the place index
/// knows recent orders of the topic nearby, whose current status the order index tells. The domain decides.
/// </summary>
[StatelessWorker]
public sealed class IntakeAdvisorGrain(
    IPlaceIndex places,
    IOrderIndex orders,
    IOptions<DuplicateOptions> options,
    TimeProvider time) : Grain, IIntakeAdvisorGrain
{
    private const int MaxOffers = 10;
    private const int MaxNearby = 50;

    public async Task<IntakeReview> Review(MatterQuery query)
    {
        var now = time.GetUtcNow();
        var callerReview = GrainFactory.GetGrain<ICallerGrain>(query.CallerPhone).Review(query);
        var nearby = NearbyPriors(query, now);

        var caller = await callerReview;
        var facts = query.ToFacts(now);
        var priors = caller.Matters.Select(m => m.ToPrior()).Concat(await nearby);
        var offers = DuplicateFinder.Find(facts, priors, options.Value)
            .Take(MaxOffers)
            .Select(s => new DuplicateOffer(s.OrderId, Codes.Of(s.Reason), DuplicateTexts.Describe(s), s.Similarity, s.DistanceMeters,
                s.Mergeable, s.Title, s.Status, StatusText(s.Status), s.ReceivedAt))
            .ToArray();
        return new IntakeReview { FinalReply = caller.FinalReply, Duplicates = offers, Caller = caller.Portrait };
    }

    private async Task<IEnumerable<PriorOrder>> NearbyPriors(MatterQuery query, DateTimeOffset now)
    {
        if (query is not { Lat: { } lat, Lon: { } lon } || string.IsNullOrWhiteSpace(query.Topic)) return [];
        var radius = options.Value.RadiusMeters;
        var rows = await places.Near(query.Topic, lat, lon, radius, now - options.Value.Window);
        // The covering cells reach beyond the radius: only orders inside it are worth reading a status for
        // (the caller's own orders farther away come from the caller grain).
        var inside = rows.Where(r => GeoDistance.Meters(lat, lon, r.Lat, r.Lon) <= radius).Take(MaxNearby);
        var withStatus = await Task.WhenAll(inside.Select(async r =>
        {
            var summary = await orders.Get(r.OrderId, r.ReceivedAt);
            var status = summary?.Status ?? Codes.Of(OrderStatus.Received);
            return new PriorOrder
            {
                Id = r.OrderId,
                CallerPhone = r.CallerPhone,
                CategoryTopic = r.Topic,
                CategoryCode = r.CategoryCode,
                Title = r.Title,
                Content = r.Content,
                Address = r.Address,
                Lat = r.Lat,
                Lon = r.Lon,
                ReceivedAt = r.ReceivedAt,
                Status = status,
                IsOpen = !Streams.StatusCodes.IsTerminal(status),
            };
        }));
        return withStatus;
    }

    private static string StatusText(string code) =>
        Codes.TryParse<OrderStatus>(code, out var status) ? WorkOrderTexts.OrderStatusText(status) : code;
}
