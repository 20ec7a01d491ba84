using Hotline.Intelligence.Knowledge;

namespace Hotline.Intelligence.Tests.Knowledge;

public sealed class ChineseTextTests
{
    [Fact]
    public void Tokens_segments_words_and_drops_punctuation()
    {
        Assert.Equal(["暖气", "不", "热"], ChineseText.Tokens("暖气不热！！"));
    }

    [Fact]
    public void Tokens_lower_cases_and_folds_full_width_letters()
    {
        Assert.Equal(["abc", "123"], ChineseText.Tokens("ＡＢＣ１２３"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("，。？！、；：“”（）")]
    [InlineData("\"(:*?")]
    public void Tokens_of_text_without_words_is_empty(string text)
    {
        Assert.Empty(ChineseText.Tokens(text));
    }
}
