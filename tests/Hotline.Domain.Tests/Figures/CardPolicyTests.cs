using Hotline.Domain.Figures;

namespace Hotline.Domain.Tests.Figures;

public sealed class CardPolicyTests
{
    private static readonly CardPolicy Policy = CardPolicy.LoadDefault(DataDirectory.Default);

    private static FigureCounters Department(int dispatched, int accepted, int replied, int repliedOnTime, int reached, int satisfied, int reopened = 0, int returned = 0) => new()
    {
        Dispatched = dispatched, Accepted = accepted, Replied = replied, RepliedOnTime = repliedOnTime,
        CallbacksReached = reached, Satisfied = satisfied, Reopened = reopened, Returned = returned,
    };

    [Fact]
    public void The_data_file_sets_ten_dispatches_and_the_thresholds()
    {
        Assert.Equal(10, Policy.MinimumDispatched);
        Assert.Equal(5, Policy.Rules.Count(r => r.Card == CardColours.Yellow));
        Assert.Equal(3, Policy.Rules.Count(r => r.Card == CardColours.Red));
    }

    [Fact]
    public void Too_few_dispatches_are_not_judged() =>
        Assert.Null(Policy.Judge("RL-LS", Department(9, 1, 9, 0, 9, 0)));

    [Fact]
    public void A_good_department_has_no_card() =>
        Assert.Null(Policy.Judge("RL-LS", Department(20, 20, 20, 20, 20, 19)));

    [Fact]
    public void Yellow_names_every_reason_in_Chinese()
    {
        var card = Policy.Judge("RL-LS", Department(20, 18, 20, 18, 20, 17, returned: 3))!;
        Assert.Equal(CardColours.Yellow, card.Colour);
        Assert.Equal(new[] { "响应率 90.0%，低于黄牌线 95.0%", "按时办结率 90.0%，低于黄牌线 95.0%", "满意率 85.0%，低于黄牌线 90.0%", "退单率 15.0%，高于黄牌线 10.0%" }, card.Reasons);
    }

    [Fact]
    public void Red_wins_and_keeps_the_strictest_line_per_rate()
    {
        var card = Policy.Judge("CGJ", Department(20, 20, 20, 20, 20, 15, reopened: 4))!;
        Assert.Equal(CardColours.Red, card.Colour);
        Assert.Contains("满意率 75.0%，低于红牌线 80.0%", card.Reasons);
        Assert.Contains("重办率 20.0%，高于红牌线 15.0%", card.Reasons);
        Assert.Equal(2, card.Reasons.Count);
    }

    [Fact]
    public void A_rate_without_a_denominator_earns_no_card() =>
        Assert.Null(Policy.Judge("CGJ", Department(20, 20, 0, 0, 0, 0)));

    [Fact]
    public void Bad_rules_are_refused_naming_the_file()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """{ "minimumDispatched": 10, "rules": [ { "card": "green", "rate": "satisfaction", "below": 0.9 } ] }""");
        var error = Assert.Throws<InvalidDataException>(() => CardPolicy.Load(path));
        Assert.Contains(path, error.Message);
        File.Delete(path);
    }

    [Fact]
    public void Cards_list_red_first()
    {
        var cards = Policy.JudgeAll(
        [
            KeyValuePair.Create("A", Department(20, 18, 20, 20, 20, 20)),
            KeyValuePair.Create("B", Department(20, 20, 20, 20, 20, 10)),
            KeyValuePair.Create("C", Department(20, 20, 20, 20, 20, 20)),
        ]);
        Assert.Equal(["B", "A"], cards.Select(c => c.Department));
    }
}
