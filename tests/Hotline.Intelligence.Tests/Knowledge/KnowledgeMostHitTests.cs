using Hotline.Intelligence.Knowledge;
using static Hotline.Intelligence.Tests.Knowledge.KnowledgeFixtures;

namespace Hotline.Intelligence.Tests.Knowledge;

public sealed class KnowledgeMostHitTests : IDisposable
{
    private readonly KnowledgeSearchIndex index = NewIndex();

    public void Dispose() => index.Dispose();

    [Fact]
    public void Most_hit_orders_by_hits_then_id()
    {
        index.SetHits("wage", 50);
        index.SetHits("heat-room", 300);
        index.SetHits("taxi", 120);
        index.SetHits("noise", 120);

        var top = index.MostHit(4, Now);

        Assert.Equal(["heat-room", "noise", "taxi", "wage"], top.Select(h => h.Id));
        Assert.Equal([300L, 120, 120, 50], top.Select(h => h.Hits));
    }

    [Fact]
    public void Most_hit_shows_escaped_text_without_highlights()
    {
        index.SetHits("scam-link", 10_000);

        var hit = index.MostHit(1, Now)[0];

        Assert.Equal("scam-link", hit.Id);
        Assert.DoesNotContain("<script>", hit.QuestionHighlighted);
        Assert.Contains("&lt;script&gt;", hit.QuestionHighlighted);
        Assert.DoesNotContain("<em>", hit.AnswerHighlighted);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-3, 0)]
    [InlineData(1_000, 20)]
    public void Most_hit_count_is_bounded_by_entries(int top, int expected)
    {
        Assert.Equal(expected, index.MostHit(top, Now).Count);
    }
}
