using Hotline.Intelligence.Knowledge;
using static Hotline.Intelligence.Tests.Knowledge.KnowledgeFixtures;

namespace Hotline.Intelligence.Tests.Knowledge;

/// <summary>Seats type anything, one keystroke at a time: no input may throw.</summary>
public sealed class KnowledgeRobustnessTests : IDisposable
{
    private readonly KnowledgeSearchIndex index = NewIndex();

    public void Dispose() => index.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n")]
    [InlineData("，。？！")]
    [InlineData("\"(:*?")]
    [InlineData("*")]
    [InlineData("title:(暖气 AND")]
    [InlineData("暖气~2^3 OR [a TO b} && || !")]
    [InlineData("\\\\ / - + \" ' `")]
    [InlineData("🔥🔥🔥")]
    [InlineData("AND OR NOT")]
    public void Junk_input_does_not_throw(string text)
    {
        var hits = index.Search(text, Now);

        Assert.NotNull(hits);
    }

    [Fact]
    public void Empty_and_punctuation_only_give_no_results()
    {
        Assert.Empty(index.Search("", Now));
        Assert.Empty(index.Search("  ", Now));
        Assert.Empty(index.Search("？？", Now));
        Assert.Empty(index.Search(null!, Now));
    }

    [Fact]
    public void Syntax_characters_around_words_still_search_the_words()
    {
        Assert.Equal("taxi", index.Search("\"出租车:拒载*?(", Now)[0].Id);
    }

    [Fact]
    public void Very_long_input_is_searched_without_error()
    {
        var text = string.Concat(Enumerable.Repeat("暖气不热，室温不达标，", 2_000));

        Assert.Equal("heat-room", index.Search(text, Now)[0].Id);
    }

    [Fact]
    public void Words_nobody_wrote_give_no_results()
    {
        Assert.Empty(index.Search("量子纠缠", Now));
    }

    [Fact]
    public void Non_positive_top_gives_no_results()
    {
        Assert.Empty(index.Search("暖气", Now, top: 0));
    }
}
