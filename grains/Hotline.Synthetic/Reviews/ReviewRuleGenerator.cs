using Hotline.Domain.Categories;
using Hotline.Domain.Reviews;
using Hotline.Domain.Reviews.Checks;

namespace Hotline.Synthetic.Reviews;

/// <summary>
/// The rest of the city's 1,000+ review rules: a handful per category leaf, the way each bureau writes its own
/// (须说明办理结果, 须附佐证, 须说明依据, 字数, 联系方式, 非套话, 最终答复签发). Deterministic per seed, advisory
/// (non-blocking), so generated rules advise and the hand-written ones in review-rules.json decide.
/// </summary>
public sealed class ReviewRuleGenerator(CategoryTree categories, int seed = ReviewRuleGenerator.DefaultSeed)
{
    public const int DefaultSeed = 12345;
    public const string Author = "system";

    private static readonly ReviewStage[] AllStages = [ReviewStage.SelfCheck, ReviewStage.Department, ReviewStage.Centre];
    private static readonly ReviewStage[] Reviews = [ReviewStage.Department, ReviewStage.Centre];

    /// <summary>Rules per leaf; 7 × the tree's leaves (153 in Lüliang's) passes a thousand.</summary>
    public const int PerLeaf = 7;

    public IEnumerable<ReviewRule> Rules(DateTimeOffset now)
    {
        var random = new Random(seed);
        foreach (var leaf in categories.Leaves)
        {
            var terms = ActionTerms.For(leaf.Code[..2]);
            var codes = new[] { leaf.Code };
            var n = 0;
            ReviewRule Rule(string name, string description, RuleCheck check, ReviewStage[] stages) => new()
            {
                Id = $"RG-{leaf.Code}-{++n}",
                Name = name,
                Description = description,
                Match = new RuleMatch { CategoryCodes = codes },
                Check = check,
                Stages = stages,
                Blocking = false,
                CreatedBy = Author,
                CreatedAt = now,
            };

            yield return Rule($"{leaf.Name}：须说明办理结果", $"“{leaf.Name}”类诉求的答复须说明{string.Join("、", terms)}等办理情况。",
                new RuleCheck { Kind = ReplyChecks.MentionsAny, Terms = terms }, AllStages);
            yield return Rule($"{leaf.Name}：须附佐证材料", "答复须附现场照片、检测报告或处理文书。",
                new RuleCheck { Kind = ReplyChecks.EvidenceAttached, Min = 1 + random.Next(2) }, Reviews);
            yield return Rule($"{leaf.Name}：须说明依据", "答复须写明所依据的法规、政策或合同条款。",
                new RuleCheck { Kind = ReplyChecks.CitesRegulation }, Reviews);
            var length = 20 + 10 * random.Next(5);
            yield return Rule($"{leaf.Name}：答复不少于{length}字", "答复须完整说明诉求、核查经过和处理结果。",
                new RuleCheck { Kind = ReplyChecks.MinLength, Min = length }, AllStages);
            yield return Rule($"{leaf.Name}：须留联系方式", "答复须写明承办人及联系电话。",
                new RuleCheck { Kind = ReplyChecks.IncludesContact }, random.Next(2) == 0 ? AllStages : Reviews);
            yield return Rule($"{leaf.Name}：不得套话答复", "去除套话后须有实际办理内容。",
                new RuleCheck { Kind = ReplyChecks.NotTemplate, Min = 15 + 5 * random.Next(4) }, AllStages);
            yield return Rule($"{leaf.Name}：最终答复须签发", "最终答复须写明签发负责人。",
                new RuleCheck { Kind = ReplyChecks.FinalSigned }, Reviews);
        }
    }
}
