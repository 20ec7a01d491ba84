using Hotline.Intelligence.Routing;

namespace Hotline.Intelligence.Tests.Routing;

/// <summary>When the text says nothing, the recorded category (even a coarse one) and the district must decide.</summary>
public sealed class CategoryCodeFeatureTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 15, 0, 0, 0, TimeSpan.FromHours(8));

    private static readonly TextClassifier Classifier = TextClassifier.Train(Samples(), Now);

    // Same neutral text everywhere: category 01xx → A; category 02xx → B in the city district, C in Xiaoyi.
    private static List<RoutingSample> Samples()
    {
        var samples = new List<RoutingSample>();
        string[] leaves = ["01", "02", "03"];
        for (var i = 0; i < 240; i++)
        {
            var level1 = i % 2 == 0 ? "01" : "02";
            var district = i % 3 == 0 ? "141181" : "141102";
            var label = level1 == "01" ? "A" : district == "141181" ? "C" : "B";
            var code = level1 + leaves[i % 3] + (i % 4 == 0 ? "01" : "");
            samples.Add(new RoutingSample("市民来电反映问题", $"第{i % 7}次来电反映情况", code, district, label));
        }
        return samples;
    }

    [Theory]
    [InlineData("0102", "141102", "A")]
    [InlineData("01", "141181", "A")]
    [InlineData("0203", "141102", "B")]
    [InlineData("02", "141102", "B")]
    [InlineData("020101", "141181", "C")]
    [InlineData("02", "141181", "C")]
    public void Category_prefix_and_district_decide_when_text_is_neutral(string code, string district, string expected)
    {
        var top = Classifier.Predict(new RoutingInput("市民来电反映问题", "反映情况", code, district));

        Assert.Equal(expected, top[0].Label);
    }

    [Fact]
    public void Labels_can_be_category_codes()
    {
        var samples = ToyOrders.Samples().Select(s => s with { CategoryCode = "", Label = s.Label switch
        {
            "RL-LS" => "0101",
            "GAJ-JJ" => "0201",
            _ => "0301",
        } }).ToArray();

        var classifier = TextClassifier.Train(samples, Now);

        Assert.Equal("0101", classifier.Predict(new RoutingInput("供暖", "家里暖气不热", "", "141102"))[0].Label);
    }
}
