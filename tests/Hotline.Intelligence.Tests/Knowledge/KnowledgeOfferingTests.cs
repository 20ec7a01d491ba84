using Hotline.Intelligence.Knowledge;
using static Hotline.Intelligence.Tests.Knowledge.KnowledgeFixtures;

namespace Hotline.Intelligence.Tests.Knowledge;

/// <summary>Only published entries inside their validity window are offered; retired ones never.</summary>
public sealed class KnowledgeOfferingTests : IDisposable
{
    private readonly KnowledgeSearchIndex index = NewIndex();

    public void Dispose() => index.Dispose();

    [Fact]
    public void Removed_entry_is_gone_from_the_next_search_and_from_most_hit()
    {
        index.SetHits("heat-room", 1_000);
        Assert.Equal("heat-room", index.Search("室温不达标", Now)[0].Id);

        index.Remove("heat-room");

        Assert.DoesNotContain(index.Search("室温不达标 供暖 温度 18度", Now, top: 50), h => h.Id == "heat-room");
        Assert.DoesNotContain(index.MostHit(50, Now), h => h.Id == "heat-room");
        Assert.Equal(Entries.Count - 1, index.Count);
    }

    [Fact]
    public void Removing_an_unknown_id_is_harmless()
    {
        index.Remove("no-such-entry");

        Assert.Equal(Entries.Count, index.Count);
    }

    [Fact]
    public void Entry_is_offered_only_inside_its_validity_window()
    {
        var from = Now.AddDays(-1);
        var until = Now.AddDays(1);
        index.Upsert(Get("taxi") with { ValidFrom = from, ValidUntil = until });

        Assert.DoesNotContain(Found(from.AddTicks(-1)), id => id == "taxi");
        Assert.Contains("taxi", Found(from));
        Assert.Contains("taxi", Found(Now));
        Assert.DoesNotContain(Found(until), id => id == "taxi");
        Assert.DoesNotContain(Found(until.AddYears(1)), id => id == "taxi");
    }

    [Fact]
    public void Validity_compares_instants_across_offsets()
    {
        // 08:00 in Beijing is 00:00 UTC: the window opens at the same instant whatever offset the caller uses.
        var opensAt = new DateTimeOffset(2025, 12, 1, 8, 0, 0, TimeSpan.FromHours(8));
        index.Upsert(Get("taxi") with { ValidFrom = opensAt });

        Assert.DoesNotContain(Found(new DateTimeOffset(2025, 11, 30, 23, 59, 0, TimeSpan.Zero)), id => id == "taxi");
        Assert.Contains("taxi", Found(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Expired_and_future_entries_are_not_most_hit()
    {
        index.Upsert(Get("taxi") with { ValidUntil = Now, Hits = 900 });
        index.Upsert(Get("noise") with { ValidFrom = Now.AddMinutes(1), Hits = 800 });
        index.SetHits("wage", 10);

        Assert.Equal("wage", index.MostHit(1, Now)[0].Id);
    }

    [Fact]
    public void Upsert_replaces_the_text()
    {
        index.Upsert(Get("taxi") with
        {
            Question = "公交车到站不停如何投诉？",
            Answer = "可记录线路和时间，向公交公司或交通运输部门反映。",
            CategoryCode = "040102",
            CategoryText = "交通运输/客运/公交",
            Tags = ["公交"],
            Version = 2,
        });

        Assert.DoesNotContain("taxi", Found(Now, "出租车拒载"));
        var hit = index.Search("公交车不停站", Now)[0];
        Assert.Equal(("taxi", 2), (hit.Id, hit.Version));
        Assert.Equal(Entries.Count, index.Count);
    }

    [Fact]
    public void Upsert_many_keeps_the_last_document_of_a_repeated_id()
    {
        using var fresh = new KnowledgeSearchIndex();
        fresh.UpsertMany([Get("taxi"), Get("taxi") with { Question = "公交车不停站怎么办？", Version = 3 }]);

        Assert.Equal(1, fresh.Count);
        Assert.Equal(3, fresh.Search("公交车不停站", Now)[0].Version);
    }

    [Theory]
    [InlineData("0101", new[] { "heat-room", "heat-leak", "heat-fee", "heat-start" })]
    [InlineData("010102", new[] { "heat-leak" })]
    [InlineData("01", new[] { "heat-room", "heat-leak", "heat-fee", "heat-start", "water-cut", "water-yellow", "property-fee", "lift-trap" })]
    [InlineData("99", new string[0])]
    public void Category_filter_keeps_codes_under_the_prefix(string prefix, string[] allowed)
    {
        var hits = index.Search("供暖 漏水 维修 收费 停水 投诉 物业 电梯", Now, top: 20, categoryCode: prefix);

        Assert.All(hits, h => Assert.Contains(h.Id, allowed));
        Assert.Equal(allowed.Length > 0, hits.Count > 0);
    }

    [Fact]
    public void Set_hits_shows_in_search_results()
    {
        index.SetHits("taxi", 42);

        Assert.Equal(42, index.Search("出租车", Now)[0].Hits);
    }

    private IEnumerable<string> Found(DateTimeOffset now, string text = "出租车拒载投诉") =>
        index.Search(text, now, top: 50).Select(h => h.Id);
}
