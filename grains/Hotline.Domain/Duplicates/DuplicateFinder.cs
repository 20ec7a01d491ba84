using Hotline.Domain.WorkOrders;

namespace Hotline.Domain.Duplicates;

/// <summary>
/// Finds earlier orders that look like the same demand (重复诉求) as a new intake, to suggest a merge (并单):
/// the same caller on the same matter, or the same place and topic within the window.
/// </summary>
public static class DuplicateFinder
{
    private static readonly string MergedStatus = Codes.Of(OrderStatus.Merged);

    /// <summary>
    /// Suggestions, best first: open (mergeable) orders before closed (related) ones; within each, same caller before
    /// same place; same caller by similarity, same place by distance; then newest first.
    /// </summary>
    public static IReadOnlyList<DuplicateSuggestion> Find(IntakeFacts intake, IEnumerable<PriorOrder> priors, DuplicateOptions options)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(priors);
        ArgumentNullException.ThrowIfNull(options);

        var suggestions = new List<DuplicateSuggestion>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var prior in priors)
        {
            // A merged order already lives on in its parent; the parent is the one to suggest.
            if (!seen.Add(prior.Id) || prior.Status == MergedStatus) continue;
            if (!Matters.SameTopic(intake.CategoryTopic, prior.CategoryTopic)) continue;

            var withinWindow = intake.Now - prior.ReceivedAt <= options.Window;
            var similarity = MatterSimilarity.Score(intake, prior);
            double? distance = intake is { Lat: { } lat, Lon: { } lon } && prior is { Lat: { } pLat, Lon: { } pLon }
                ? GeoDistance.Meters(lat, lon, pLat, pLon)
                : null;

            var sameCaller = Matters.SamePhone(intake.CallerPhone, prior.CallerPhone)
                && similarity >= options.MatterSimilarity
                && (prior.IsOpen || withinWindow);
            var samePlace = distance <= options.RadiusMeters && withinWindow;
            if (!sameCaller && !samePlace) continue;

            suggestions.Add(new DuplicateSuggestion(prior.Id, sameCaller ? DuplicateReason.SameCaller : DuplicateReason.SamePlace,
                similarity, distance, prior.IsOpen, prior.Title, prior.Status, prior.ReceivedAt));
        }

        suggestions.Sort(Compare);
        return suggestions;
    }

    private static int Compare(DuplicateSuggestion x, DuplicateSuggestion y)
    {
        var order = y.Mergeable.CompareTo(x.Mergeable);
        if (order == 0) order = x.Reason.CompareTo(y.Reason);
        if (order == 0 && x.Reason == DuplicateReason.SamePlace)
            order = (x.DistanceMeters ?? double.MaxValue).CompareTo(y.DistanceMeters ?? double.MaxValue);
        if (order == 0) order = y.Similarity.CompareTo(x.Similarity);
        if (order == 0) order = y.ReceivedAt.CompareTo(x.ReceivedAt);
        return order != 0 ? order : string.CompareOrdinal(x.OrderId, y.OrderId);
    }
}
