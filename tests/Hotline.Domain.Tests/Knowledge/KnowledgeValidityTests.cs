using System.Text.Json;
using Hotline.Domain.Knowledge;
using static Hotline.Domain.Tests.Knowledge.Entries;

namespace Hotline.Domain.Tests.Knowledge;

public sealed class KnowledgeValidityTests
{
    private static readonly DateTimeOffset From = T0.AddDays(1);
    private static readonly DateTimeOffset Until = T0.AddDays(10);

    [Fact]
    public void Offered_from_valid_from_inclusive_until_valid_until_exclusive()
    {
        var entry = Published(Content() with { ValidFrom = From, ValidUntil = Until });

        Assert.False(entry.IsOffered(From.AddTicks(-1)));
        Assert.True(entry.IsOffered(From));
        Assert.True(entry.IsOffered(Until.AddTicks(-1)));
        Assert.False(entry.IsOffered(Until));
    }

    [Fact]
    public void Open_ends_are_unbounded()
    {
        Assert.True(Published(Content() with { ValidUntil = Until }).IsOffered(DateTimeOffset.MinValue));
        Assert.True(Published(Content() with { ValidFrom = From }).IsOffered(DateTimeOffset.MaxValue));
    }

    [Fact]
    public void A_hit_outside_the_window_is_refused()
    {
        var entry = Published(Content() with { ValidFrom = From, ValidUntil = Until });

        Refused(entry.RecordHit(Until), KnowledgeErrorKind.Conflict);
        Ok(entry.RecordHit(From));
        Assert.Equal(1, entry.Data.Hits);
    }

    [Fact]
    public void The_window_of_the_published_revision_applies_not_the_draft_one()
    {
        var entry = Published(Content() with { ValidUntil = Until });

        Ok(entry.Edit(Content() with { ValidUntil = Until.AddDays(30) }, Author, Minutes(10)));

        Assert.False(entry.IsOffered(Until.AddDays(1)));
    }

    [Fact]
    public void Data_round_trips_through_json_and_carries_on()
    {
        var entry = Published(Content() with { ValidFrom = From, ValidUntil = Until });
        Ok(entry.Edit(Content("修订：供暖期为每年11月1日至次年3月31日。"), Author, Minutes(10)));
        Ok(entry.RecordHit(From));
        var json = JsonSerializer.Serialize(entry.Data);

        var copy = JsonSerializer.Deserialize<KnowledgeEntryData>(json)!;

        Assert.Equal(json, JsonSerializer.Serialize(copy));
        var reloaded = new KnowledgeEntry(copy);
        Assert.True(reloaded.IsOffered(From));
        Ok(reloaded.Review(true, null, Reviewer, Minutes(11)));
        Ok(reloaded.Publish(Publisher, Minutes(12)));
        Assert.Equal(2, reloaded.Data.PublishedVersion);
        Assert.Equal(entry.Data.History.Count + 2, reloaded.Data.History.Count);
    }
}
