using Hotline.Intelligence.Routing;

namespace Hotline.Intelligence.Tests.Routing;

public sealed class TextClassifierTests(ToyClassifierFixture fixture) : IClassFixture<ToyClassifierFixture>
{
    private readonly TextClassifier _classifier = fixture.Classifier;

    // Reworded: none of these sentences is in the training templates, and no category code is given.
    public static TheoryData<string, string, string> Unseen => new()
    {
        { "屋里暖气温度太低", "我住在孝义市新区，这几天家里暖气一点都不热，希望尽快解决供暖问题", "RL-LS" },
        { "路口有车乱停", "商场门前的马路上私家车违停严重，占了消防通道，请交警来管一管", "GAJ-JJ" },
        { "邻居私自搭建", "隔壁住户在院子里私搭了一间房子，是违章建筑，请城管拆除", "CGJ" },
        { "老板不给发工资", "我在建筑工地干了半年活，包工头一直拖欠工资不给", "RSJ" },
        { "半夜施工噪声大", "工地晚上十二点还在施工，噪音吵得睡不着觉", "SHJ" },
    };

    [Theory]
    [MemberData(nameof(Unseen))]
    public void Top1_is_right_on_unseen_reworded_text(string title, string content, string expected)
    {
        var top = _classifier.Predict(new RoutingInput(title, content, "", "141125"));

        Assert.Equal(expected, top[0].Label);
    }

    [Fact]
    public void Top3_has_distinct_labels_with_descending_probabilities()
    {
        var top = _classifier.Predict(new RoutingInput("暖气不热", "家里暖气片冰凉", "01", "141102"));

        Assert.Equal(3, top.Count);
        Assert.Equal(3, top.Select(s => s.Label).Distinct().Count());
        Assert.All(top, s => Assert.InRange(s.Confidence, 0d, 1d));
        Assert.True(top[0].Confidence >= top[1].Confidence && top[1].Confidence >= top[2].Confidence);
        Assert.True(top.Sum(s => s.Confidence) <= 1d + 1e-6);
        Assert.True(top[0].Confidence > 0.5, $"expected a confident heating answer, got {top[0]}");
    }

    [Fact]
    public void Top_larger_than_label_count_returns_every_label_once()
    {
        var all = _classifier.Predict(new RoutingInput("噪音", "", "", ""), top: 50);

        Assert.Equal(ToyOrders.Labels.Order(), all.Select(s => s.Label).Order());
        Assert.Equal(1d, all.Sum(s => s.Confidence), precision: 4);
    }

    [Fact]
    public void Exposes_labels_sample_count_and_training_time()
    {
        Assert.Equal(ToyOrders.Labels.Order(), _classifier.Labels.Order());
        Assert.Equal(ToyOrders.Samples().Count, _classifier.TrainedOn);
        Assert.Equal(ToyClassifierFixture.TrainedAt, _classifier.TrainedAt);
    }

    [Fact]
    public void Empty_input_still_answers()
    {
        var top = _classifier.Predict(new RoutingInput("", "", "", ""));

        Assert.Equal(3, top.Count);
    }

    [Fact]
    public void Saved_and_loaded_model_predicts_the_same()
    {
        var bytes = _classifier.ToBytes();
        var loaded = TextClassifier.FromBytes(bytes);

        Assert.Equal(_classifier.Labels, loaded.Labels);
        Assert.Equal(_classifier.TrainedOn, loaded.TrainedOn);
        Assert.Equal(_classifier.TrainedAt, loaded.TrainedAt);
        Assert.Equal(_classifier.TrainedAt.Offset, loaded.TrainedAt.Offset);
        foreach (var (title, content, _) in Unseen.Select(r => ((string)r[0], (string)r[1], (string)r[2])))
        {
            var input = new RoutingInput(title, content, "0201", "141102");
            Assert.Equal(_classifier.Predict(input), loaded.Predict(input));
        }
    }

    [Fact]
    public void Bytes_that_are_not_a_model_are_refused_clearly()
    {
        var e = Assert.Throws<ArgumentException>(() => TextClassifier.FromBytes([1, 2, 3, 4, 5, 6, 7, 8]));

        Assert.Contains("model", e.Message);
    }

    [Fact]
    public void A_corrupt_model_body_is_refused_clearly()
    {
        var bytes = _classifier.ToBytes();
        // Keep the header, zero the middle of the ML.NET zip.
        Array.Clear(bytes, bytes.Length / 3, bytes.Length / 3);

        var e = Assert.Throws<ArgumentException>(() => TextClassifier.FromBytes(bytes));

        Assert.Contains("corrupt", e.Message);
    }

    [Fact]
    public void Same_seed_and_samples_train_the_same_model()
    {
        var again = TextClassifier.Train(ToyOrders.Samples(), ToyClassifierFixture.TrainedAt, seed: 7);
        var input = new RoutingInput("楼下有人乱停车", "车停在楼道口，暖气维修车进不来", "", "141181");

        Assert.Equal(_classifier.Predict(input, top: 5), again.Predict(input, top: 5));
    }

    [Fact]
    public void Concurrent_predictions_match_sequential_ones()
    {
        var inputs = Unseen
            .Select(r => new RoutingInput((string)r[0], (string)r[1], "", "141102"))
            .ToArray();
        var expected = inputs.Select(i => _classifier.Predict(i)).ToArray();
        var results = new IReadOnlyList<Suggestion>[200];

        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => results[i] = _classifier.Predict(inputs[i % inputs.Length]));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % inputs.Length], results[i]);
        }
    }
}
