using Hotline.Domain.Reviews;
using Hotline.Domain.Reviews.Checks;

namespace Hotline.Domain.Tests.Reviews;

/// <summary>Which rules a rule set applies to a reply: by topic, code prefix, department, keywords, stage and status.</summary>
public sealed class RuleMatchTests
{
    private static readonly ReplyUnderReview Heating = Replies.Heating("已上门维修。");

    private static IReadOnlyList<string> Applied(RuleMatch match, ReplyUnderReview? reply = null, ReviewStage stage = ReviewStage.Centre) =>
        new ReviewRuleSet([Replies.Rule("R1", ReplyChecks.MinLength, min: 1, match: match)])
            .Evaluate(reply ?? Heating, stage).Select(r => r.RuleId).ToArray();

    [Fact]
    public void An_empty_match_applies_to_every_reply()
    {
        Assert.Equal(["R1"], Applied(new RuleMatch()));
        Assert.Equal(["R1"], Applied(new RuleMatch(), Heating with { Topic = "供水", CategoryCode = "", Department = "SW" }));
    }

    [Fact]
    public void Topic_matches_the_orders_topic_only()
    {
        Assert.Equal(["R1"], Applied(new RuleMatch { Topics = ["供水", "供热"] }));
        Assert.Empty(Applied(new RuleMatch { Topics = ["供水"] }));
    }

    [Theory]
    [InlineData("01", true)]
    [InlineData("0101", true)]
    [InlineData("01010101", true)]
    [InlineData("0101010101", true)]
    [InlineData("0102", false)]
    [InlineData("0101010102", false)]
    public void Category_codes_match_as_prefixes(string prefix, bool applies) =>
        Assert.Equal(applies, Applied(new RuleMatch { CategoryCodes = [prefix] }).Count == 1);

    [Fact]
    public void A_code_rule_does_not_apply_to_an_order_without_a_code() =>
        Assert.Empty(Applied(new RuleMatch { CategoryCodes = ["01"] }, Heating with { CategoryCode = "" }));

    [Fact]
    public void Department_matches_the_replying_department()
    {
        Assert.Equal(["R1"], Applied(new RuleMatch { Departments = ["RL-LS"] }));
        Assert.Empty(Applied(new RuleMatch { Departments = ["RL-XY"] }));
    }

    [Fact]
    public void Keywords_are_looked_for_in_the_orders_title_and_content_not_the_reply()
    {
        Assert.Equal(["R1"], Applied(new RuleMatch { Keywords = ["不热"] }));
        Assert.Equal(["R1"], Applied(new RuleMatch { Keywords = ["14 度"] }));
        Assert.Empty(Applied(new RuleMatch { Keywords = ["上门维修"] }));
    }

    [Fact]
    public void Every_non_empty_part_of_a_match_must_hold()
    {
        Assert.Equal(["R1"], Applied(new RuleMatch { Topics = ["供热"], Departments = ["RL-LS"], Keywords = ["暖气"] }));
        Assert.Empty(Applied(new RuleMatch { Topics = ["供热"], Departments = ["RL-XY"] }));
        Assert.Empty(Applied(new RuleMatch { CategoryCodes = ["0101"], Keywords = ["漏水"] }));
    }

    [Fact]
    public void Only_the_rules_of_the_stage_are_applied()
    {
        var set = new ReviewRuleSet(
        [
            Replies.Rule("SELF", ReplyChecks.MinLength, min: 1, stages: [ReviewStage.SelfCheck]),
            Replies.Rule("DEPT", ReplyChecks.MinLength, min: 1, stages: [ReviewStage.Department, ReviewStage.Centre]),
        ]);
        Assert.Equal(["SELF"], set.Evaluate(Heating, ReviewStage.SelfCheck).Select(r => r.RuleId));
        Assert.Equal(["DEPT"], set.Evaluate(Heating, ReviewStage.Department).Select(r => r.RuleId));
        Assert.Equal(["DEPT"], set.Evaluate(Heating, ReviewStage.Centre).Select(r => r.RuleId));
    }

    [Fact]
    public void A_retired_rule_is_not_applied()
    {
        var rule = Replies.Rule("R1", ReplyChecks.MinLength, min: 1000);
        Assert.False(Assert.Single(new ReviewRuleSet([rule]).Evaluate(Heating, ReviewStage.Centre)).Passed);
        var retired = rule.Retire("reviewer1", DateTimeOffset.UnixEpoch);
        Assert.Equal(ReviewRuleStatus.Retired, retired.Status);
        Assert.Equal(2, retired.Version);
        Assert.Empty(new ReviewRuleSet([retired]).Evaluate(Heating, ReviewStage.Centre));
    }

    [Fact]
    public void Results_carry_the_rules_blocking_flag_and_name()
    {
        var set = new ReviewRuleSet(
        [
            Replies.Rule("HARD", ReplyChecks.MentionsAny, ["现场"], blocking: true),
            Replies.Rule("SOFT", ReplyChecks.MentionsAny, ["现场"], blocking: false),
        ]);
        var results = set.Evaluate(Heating, ReviewStage.Department);
        Assert.Equal([("HARD", true), ("SOFT", false)], results.Select(r => (r.RuleId, r.Blocking)));
        Assert.All(results, r => Assert.False(r.Passed));
        Assert.Equal("规则HARD", results[0].Name);
    }
}
