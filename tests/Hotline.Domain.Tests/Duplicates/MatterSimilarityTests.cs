using Hotline.Domain.Duplicates;
using static Hotline.Domain.Tests.Duplicates.Matters;

namespace Hotline.Domain.Tests.Duplicates;

public sealed class MatterSimilarityTests
{
    [Fact]
    public void Same_text_scores_one_and_nothing_in_common_scores_zero()
    {
        Assert.Equal(1.0, MatterSimilarity.Score("暖气不热", "暖气不热"));
        Assert.Equal(0.0, MatterSimilarity.Score("暖气不热", "路灯损坏"));
        Assert.Equal(0.0, MatterSimilarity.Score("", "路灯损坏"));
    }

    [Fact]
    public void Punctuation_whitespace_and_full_width_forms_are_ignored()
    {
        Assert.Equal("滨河北路12号3单元", MatterSimilarity.Normalize("滨河北路 １２号，３单元。"));
        Assert.Equal(1.0, MatterSimilarity.Score("滨河北路１２号（3单元）", "滨河北路 12 号 3 单元"));
        Assert.Equal(1.0, MatterSimilarity.Score("abc", "ＡBC"));
    }

    [Fact]
    public void The_same_complaint_in_other_words_passes_the_threshold()
    {
        var score = MatterSimilarity.Score("暖气不热", "家中暖气温度不足15度，已持续三天", "",
            "暖气还是不热", "暖气温度不足，已经三天了", "");

        Assert.InRange(score, Options.MatterSimilarity, 1.0);
    }

    [Fact]
    public void A_different_matter_stays_below_the_threshold()
    {
        var intake = Intake();

        Assert.InRange(MatterSimilarity.Score(intake, Unrelated("WO-9", 1)), 0, Options.MatterSimilarity - 0.01);
    }

    [Fact]
    public void The_same_address_strongly_implies_the_same_matter()
    {
        var score = MatterSimilarity.Score("噪音扰民", "夜间施工", "离石区滨河北路12号", "垃圾未清运", "门口垃圾堆放", "离石区滨河北路１２号");

        Assert.InRange(score, MatterSimilarity.SameAddressFloor, 1.0);
        Assert.True(MatterSimilarity.Score("噪音扰民", "夜间施工", "小区", "垃圾未清运", "门口垃圾堆放", "小区") < 0.35);
    }

    [Fact]
    public void Score_is_symmetric()
    {
        const string a = "小区供热管网漏水，楼下积水严重";
        const string b = "管网漏水，积水";

        Assert.Equal(MatterSimilarity.Score(a, b), MatterSimilarity.Score(b, a), 12);
    }
}
