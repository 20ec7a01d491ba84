using Hotline.Domain.Reviews;
using Hotline.Domain.Reviews.Checks;

namespace Hotline.Domain.Tests.Reviews;

/// <summary>
/// The indexed rule set gives exactly what a naive scan of every rule gives, on a city-sized book of 1,200 rules
/// with every kind of match, stage and status mixed.
/// </summary>
public sealed class RuleIndexTests
{
    private static readonly string[] Kinds = [.. ReplyChecks.Kinds.Select(k => k.Code)];
    private static readonly string[] Keywords = ["暖气", "漏水", "噪音", "停电", "物业", "企业", "垃圾"];
    private static readonly string[] Contents =
    [
        "已上门入户测温，实测室温20℃，联系电话0358-8221234。",
        "感谢您的来电，已转相关部门，正在处理中。",
        "依据《吕梁市城市供热管理办法》第十二条处理，负责人签发。",
        "已现场查处。",
    ];

    [Fact]
    public void Indexed_evaluation_equals_a_naive_scan_of_1200_rules()
    {
        var random = new Random(20261130);
        var leaves = Replies.Categories.Leaves;
        var topics = Replies.Categories.Topics.Select(t => t.Name).ToArray();
        var departments = Replies.Reference.Departments.Select(d => d.Code).ToArray();
        string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];

        var rules = Enumerable.Range(0, 1200).Select(i =>
        {
            var match = random.Next(8) switch
            {
                0 => new RuleMatch(),
                1 => new RuleMatch { Topics = [Pick(topics), Pick(topics)] },
                2 => new RuleMatch { CategoryCodes = [Pick(leaves.Select(l => l.Code).ToArray())[..(2 * (1 + random.Next(5)))]] },
                3 => new RuleMatch { Departments = [Pick(departments)] },
                4 => new RuleMatch { Keywords = [Pick(Keywords)] },
                5 => new RuleMatch { Topics = [Pick(topics)], Departments = [Pick(departments)] },
                6 => new RuleMatch { CategoryCodes = [Pick(leaves.Select(l => l.Code).ToArray())[..4], Pick(leaves.Select(l => l.Code).ToArray())], Keywords = [Pick(Keywords)] },
                _ => new RuleMatch { Topics = [Pick(topics)], Keywords = [Pick(Keywords)] },
            };
            var stages = Enum.GetValues<ReviewStage>().Where(_ => random.Next(2) == 0).ToArray();
            var rule = Replies.Rule($"R{i:D4}", Kinds[random.Next(Kinds.Length)], ["现场", "上门"], 1 + random.Next(40), match,
                stages.Length == 0 ? [ReviewStage.Centre] : stages, blocking: random.Next(2) == 0);
            return random.Next(10) == 0 ? rule.Retire("admin", DateTimeOffset.UnixEpoch) : rule;
        }).ToArray();
        var set = new ReviewRuleSet(rules);

        var compared = 0;
        for (var n = 0; n < 400; n++)
        {
            var leaf = leaves[random.Next(leaves.Count)];
            var reply = new ReplyUnderReview
            {
                OrderId = $"O{n}",
                Topic = leaf.Topic,
                CategoryCode = random.Next(5) == 0 ? "" : leaf.Code,
                Department = Pick(departments),
                OrderTitle = Pick(Keywords) + "问题",
                OrderContent = "来电人反映" + Pick(Keywords),
                Content = Pick(Contents),
                Evidence = random.Next(2) == 0 ? [] : ["/api/evidence/E1"],
                Final = random.Next(3) == 0,
            };
            foreach (var stage in Enum.GetValues<ReviewStage>())
            {
                var naive = rules.Where(r => r.Applies(reply, stage)).Select(r => r.Evaluate(reply)).ToArray();
                Assert.Equal(naive, set.Evaluate(reply, stage));
                compared += naive.Length;
            }
        }
        // The comparison means something only if many rules did apply.
        Assert.True(compared > 5000, $"only {compared} rule applications compared");
        Assert.Equal(rules.Count(r => r.IsActive), set.Count);
    }
}
