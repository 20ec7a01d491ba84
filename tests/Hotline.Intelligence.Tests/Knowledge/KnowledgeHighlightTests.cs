using Hotline.Intelligence.Knowledge;
using static Hotline.Intelligence.Tests.Knowledge.KnowledgeFixtures;

namespace Hotline.Intelligence.Tests.Knowledge;

/// <summary>The console inserts highlights as HTML: matches in &lt;em&gt;, everything else escaped.</summary>
public sealed class KnowledgeHighlightTests : IDisposable
{
    private readonly KnowledgeSearchIndex index = NewIndex();

    public void Dispose() => index.Dispose();

    [Fact]
    public void Matches_are_wrapped_in_em_in_question_and_answer()
    {
        var hit = index.Search("出租车拒载", Now)[0];

        // Adjacent matched words read as one mark.
        Assert.Equal("<em>出租车拒载</em>如何投诉？", hit.QuestionHighlighted);
        Assert.Contains("<em>拒载</em>", hit.AnswerHighlighted);
    }

    [Fact]
    public void Markup_in_entries_is_escaped()
    {
        var hit = index.Search("短信链接诈骗", Now)[0];

        Assert.Equal("scam-link", hit.Id);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", hit.QuestionHighlighted);
        Assert.DoesNotContain("<script>", hit.QuestionHighlighted);
        Assert.Contains("&lt;b&gt;", hit.AnswerHighlighted);
        Assert.Contains("&amp;", hit.AnswerHighlighted);
        Assert.Contains("<em>", hit.QuestionHighlighted);
        Assert.Equal(Get("scam-link").Question, hit.Question);
    }

    [Fact]
    public void Answer_fragment_is_short_and_falls_back_to_the_start()
    {
        var longAnswer = string.Concat(Enumerable.Repeat("办理时限一般为五个工作日，材料齐全的当场办结。", 20)) + "最后提醒：记得带上户口簿。";
        index.Upsert(Entry("long", "0808", "其他", "户口簿的申领地点？", longAnswer, [], "市公安局"));

        var matched = index.Search("户口簿", Now).Single(h => h.Id == "long");
        var unmatched = index.Search("申领地点", Now, top: 20).Single(h => h.Id == "long");

        Assert.Contains("<em>户口簿</em>", matched.AnswerHighlighted);
        Assert.True(Plain(matched.AnswerHighlighted).Length <= 140);
        Assert.StartsWith("办理时限", Plain(unmatched.AnswerHighlighted));
    }

    [Fact]
    public void Highlights_follow_an_edit()
    {
        index.Upsert(Get("taxi") with { Question = "出租车司机拒绝载客，如何投诉驾驶员？" });

        var hit = index.Search("出租车拒载", Now)[0];

        Assert.Equal("taxi", hit.Id);
        Assert.StartsWith("<em>出租车</em>司机", hit.QuestionHighlighted);
    }

    private static string Plain(string html) => System.Text.RegularExpressions.Regex.Replace(html, "</?em>", string.Empty);
}
