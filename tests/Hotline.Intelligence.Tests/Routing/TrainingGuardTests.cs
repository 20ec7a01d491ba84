using Hotline.Intelligence.Routing;

namespace Hotline.Intelligence.Tests.Routing;

public sealed class TrainingGuardTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 15, 0, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void One_label_is_refused_with_a_clear_message()
    {
        var samples = Enumerable.Range(0, 50)
            .Select(i => new RoutingSample("暖气不热", $"第{i}户暖气不热", "0101", "141102", "RL-LS"))
            .ToArray();

        var e = Assert.Throws<ArgumentException>(() => TextClassifier.Train(samples, Now));

        Assert.Contains("at least 2 distinct labels", e.Message);
    }

    [Fact]
    public void Samples_without_a_label_do_not_count_as_a_label()
    {
        var samples = Enumerable.Range(0, 50)
            .Select(i => new RoutingSample("暖气不热", $"第{i}户", "0101", "141102", i % 2 == 0 ? "RL-LS" : " "))
            .ToArray();

        Assert.Throws<ArgumentException>(() => TextClassifier.Train(samples, Now));
    }

    [Fact]
    public void Too_few_samples_are_refused_with_a_clear_message()
    {
        RoutingSample[] samples =
        [
            new("暖气不热", "暖气不热", "0101", "141102", "RL-LS"),
            new("乱停车", "乱停车", "0201", "141102", "GAJ-JJ"),
        ];

        var e = Assert.Throws<ArgumentException>(() => TextClassifier.Train(samples, Now));

        Assert.Contains("labelled samples", e.Message);
    }
}
