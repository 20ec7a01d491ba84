using Hotline.Domain.Duplicates;
using static Hotline.Domain.Tests.Duplicates.Matters;

namespace Hotline.Domain.Tests.Duplicates;

public sealed class DuplicateFinderTests
{
    [Fact]
    public void Same_caller_same_matter_open_is_suggested_at_any_age()
    {
        var found = DuplicateFinder.Find(Intake(lat: null, lon: null), [Prior("WO-1", daysAgo: 60)], Options);

        var suggestion = Assert.Single(found);
        Assert.Equal(("WO-1", DuplicateReason.SameCaller, true, false), (suggestion.OrderId, suggestion.Reason, suggestion.Mergeable, suggestion.Related));
        Assert.Null(suggestion.DistanceMeters);
        Assert.InRange(suggestion.Similarity, Options.MatterSimilarity, 1);
        Assert.Equal(("dispatched", "暖气不热", Now.AddDays(-60)), (suggestion.Status, suggestion.Title, suggestion.ReceivedAt));
    }

    [Fact]
    public void Same_caller_closed_is_related_within_the_window_and_dropped_outside()
    {
        var intake = Intake(lat: null, lon: null);

        var within = Assert.Single(DuplicateFinder.Find(intake, [Prior("WO-1", daysAgo: 6.9, open: false)], Options));
        Assert.False(within.Mergeable);
        Assert.True(within.Related);

        Assert.Empty(DuplicateFinder.Find(intake, [Prior("WO-1", daysAgo: 7.1, open: false)], Options));
    }

    [Fact]
    public void Same_caller_but_a_different_matter_is_not_suggested()
    {
        Assert.Empty(DuplicateFinder.Find(Intake(lat: null, lon: null), [Unrelated("WO-1", 1)], Options));
    }

    [Fact]
    public void Same_place_within_the_radius_is_suggested_whoever_calls()
    {
        var found = DuplicateFinder.Find(Intake(), [Unrelated("WO-1", 2, phone: OtherPhone, northMeters: 150)], Options);

        var suggestion = Assert.Single(found);
        Assert.Equal(DuplicateReason.SamePlace, suggestion.Reason);
        Assert.True(suggestion.Mergeable);
        Assert.InRange(suggestion.DistanceMeters!.Value, 149, 151);
    }

    [Theory]
    [InlineData(199, true)]
    [InlineData(201, false)]
    public void The_radius_is_the_edge_of_same_place(double meters, bool suggested)
    {
        var found = DuplicateFinder.Find(Intake(), [Unrelated("WO-1", 2, phone: OtherPhone, northMeters: meters)], Options);

        Assert.Equal(suggested, found.Count == 1);
    }

    [Fact]
    public void The_radius_and_window_are_configurable()
    {
        var options = new DuplicateOptions { RadiusMeters = 500, Window = TimeSpan.FromDays(30) };

        var found = DuplicateFinder.Find(Intake(), [Unrelated("WO-1", 20, phone: OtherPhone, northMeters: 400)], options);

        Assert.Single(found);
        Assert.Empty(DuplicateFinder.Find(Intake(), [Unrelated("WO-1", 20, phone: OtherPhone, northMeters: 400)], Options));
    }

    [Fact]
    public void Same_place_outside_the_window_is_not_suggested_even_when_open()
    {
        Assert.Empty(DuplicateFinder.Find(Intake(), [Unrelated("WO-1", 8, phone: OtherPhone, northMeters: 50)], Options));
    }

    [Fact]
    public void A_different_topic_is_never_suggested()
    {
        var priors = new[] { Prior("WO-1", 1, topic: "供水"), Prior("WO-2", 1, phone: OtherPhone, topic: "供水") };

        Assert.Empty(DuplicateFinder.Find(Intake(), priors, Options));
    }

    [Fact]
    public void Merged_orders_are_left_out()
    {
        Assert.Empty(DuplicateFinder.Find(Intake(), [Prior("WO-1", 1, open: false, status: "merged")], Options));
    }

    [Fact]
    public void Closed_same_place_orders_are_related_not_mergeable()
    {
        var suggestion = Assert.Single(DuplicateFinder.Find(Intake(), [Unrelated("WO-1", 1, open: false, phone: OtherPhone, northMeters: 20)], Options));

        Assert.Equal(DuplicateReason.SamePlace, suggestion.Reason);
        Assert.False(suggestion.Mergeable);
    }

    [Fact]
    public void Suggestions_are_sorted_best_first()
    {
        var priors = new[]
        {
            Unrelated("place-far", 1, phone: OtherPhone, northMeters: 180),
            Prior("caller-closed", 1, open: false),
            Unrelated("place-near", 1, phone: OtherPhone, northMeters: 30),
            Prior("caller-open", 3, northMeters: 5000),
            Unrelated("place-closed", 1, open: false, phone: OtherPhone, northMeters: 10),
        };

        var found = DuplicateFinder.Find(Intake(), priors, Options);

        Assert.Equal(["caller-open", "place-near", "place-far", "caller-closed", "place-closed"], found.Select(s => s.OrderId));
    }

    [Fact]
    public void A_prior_listed_twice_is_suggested_once()
    {
        var prior = Prior("WO-1", 1);

        Assert.Single(DuplicateFinder.Find(Intake(), [prior, prior], Options));
    }
}
