using Hotline.Intelligence.Knowledge;
using static Hotline.Intelligence.Tests.Knowledge.KnowledgeFixtures;

namespace Hotline.Intelligence.Tests.Knowledge;

/// <summary>Callers do not use the editors' words; the right entry must still come first.</summary>
public sealed class KnowledgeRelevanceTests : IDisposable
{
    private readonly KnowledgeSearchIndex index = NewIndex();

    public void Dispose() => index.Dispose();

    [Theory]
    [InlineData("家里暖气不热", "heat-room")]
    [InlineData("暖气片摸着冰凉，屋里才十几度", "heat-room")]
    [InlineData("室温不达标能退钱吗", "heat-room")]
    [InlineData("暖气管子漏水了谁来修", "heat-leak")]
    [InlineData("取暖费多少钱一平米", "heat-fee")]
    [InlineData("我们小区没水了", "water-cut")]
    [InlineData("老板一直不发工资", "wage")]
    [InlineData("楼下工地晚上太吵了睡不着", "noise")]
    [InlineData("身份证掉了怎么办", "id-card")]
    [InlineData("孩子刚出生怎么上户口", "newborn")]
    [InlineData("的士司机不拉我", "taxi")]
    [InlineData("健身卡退款", "prepaid")]
    [InlineData("路上井盖没了", "manhole")]
    public void Reworded_question_finds_the_entry_first(string question, string expectedId)
    {
        var hits = index.Search(question, Now);

        Assert.NotEmpty(hits);
        Assert.Equal(expectedId, hits[0].Id);
    }

    [Fact]
    public void Scores_descend_and_top_limits_the_count()
    {
        var hits = index.Search("供暖 供热 采暖", Now, top: 3);

        Assert.Equal(3, hits.Count);
        Assert.True(hits[0].Score >= hits[1].Score && hits[1].Score >= hits[2].Score);
        Assert.All(hits, h => Assert.StartsWith("0101", h.CategoryCode));
    }

    [Fact]
    public void Hit_carries_the_entry_fields()
    {
        var hit = index.Search("出租车拒载", Now).First();
        var entry = Get("taxi");

        Assert.Equal(entry.Question, hit.Question);
        Assert.Equal(entry.Answer, hit.Answer);
        Assert.Equal(entry.CategoryCode, hit.CategoryCode);
        Assert.Equal(entry.CategoryText, hit.CategoryText);
        Assert.Equal(entry.Departments, hit.Departments);
        Assert.Equal(entry.Version, hit.Version);
    }

    [Fact]
    public void A_rare_word_wins_over_words_that_half_the_base_contains()
    {
        // Enough filler that 不/怎么办 are common terms: the rare word must decide, and common-only text still finds entries.
        using var large = new KnowledgeSearchIndex();
        large.UpsertMany(Enumerable.Range(0, 300).Select(i =>
            Entry($"filler-{i}", "0909", "其他", $"第{i}号事项不清楚怎么办？", "如不清楚可以咨询窗口工作人员。", [], "市政府办")));
        large.UpsertMany(Entries);

        Assert.Equal("manhole", large.Search("窨井盖不见了怎么办", Now)[0].Id);
        Assert.Equal(5, large.Search("不清楚怎么办", Now).Count);
    }
}
