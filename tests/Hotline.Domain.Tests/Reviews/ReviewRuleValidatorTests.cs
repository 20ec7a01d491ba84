using Hotline.Domain.Reviews;
using Hotline.Domain.Reviews.Checks;

namespace Hotline.Domain.Tests.Reviews;

/// <summary>A proposed rule is checked against the city's data, every wrong field named; the data file's rules all pass.</summary>
public sealed class ReviewRuleValidatorTests
{
    private readonly ReviewRuleValidator _validator = new(Replies.Categories, Replies.Reference);

    private static ReviewRuleDraft Good => new()
    {
        Name = "供热须上门",
        Match = new RuleMatch { Topics = ["供热"], CategoryCodes = ["0101"], Departments = ["RL-LS"], Keywords = ["暖气"] },
        Check = new RuleCheck { Kind = ReplyChecks.MentionsAny, Terms = ["上门"] },
        Stages = ["self-check", "centre"],
    };

    [Fact]
    public void A_good_draft_has_no_errors_and_becomes_an_active_rule()
    {
        Assert.Empty(_validator.Check(Good));
        var rule = ReviewRuleValidator.ToRule(Good with { Name = "  供热须上门 " }, "RU-1", "reviewer1", DateTimeOffset.UnixEpoch);
        Assert.Equal("供热须上门", rule.Name);
        Assert.Equal([ReviewStage.SelfCheck, ReviewStage.Centre], rule.Stages);
        Assert.True(rule.IsActive);
    }

    [Fact]
    public void Every_bad_field_is_named()
    {
        var errors = _validator.Check(new ReviewRuleDraft
        {
            Name = " ",
            Match = new RuleMatch { Topics = ["火星"], CategoryCodes = ["99"], Departments = ["NOPE"], Keywords = [" "] },
            Check = new RuleCheck { Kind = "mentions-any", Terms = [] },
            Stages = ["final"],
        });
        Assert.Equal(["check.terms", "match.categoryCodes", "match.departments", "match.keywords", "match.topics", "name", "stages"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("火星", errors["match.topics"][0]);
    }

    [Theory]
    [InlineData("", null, "check.kind")]
    [InlineData("spell-check", null, "check.kind")]
    [InlineData("min-length", null, "check.min")]
    [InlineData("min-length", 0, "check.min")]
    [InlineData("evidence-attached", 9999, "check.min")]
    public void Check_kind_and_min_are_validated(string kind, int? min, string field)
    {
        var errors = _validator.Check(Good with { Check = new RuleCheck { Kind = kind, Min = min } });
        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public void No_stage_is_an_error() =>
        Assert.Equal(["stages"], _validator.Check(Good with { Stages = [] }).Keys);

    [Fact]
    public void The_data_file_loads_and_covers_every_check_kind()
    {
        var rules = ReviewRuleFile.Load(DataDirectory.Default, Replies.Categories, Replies.Reference, DateTimeOffset.UnixEpoch);
        Assert.InRange(rules.Count, 25, 60);
        Assert.Equal(ReplyChecks.Kinds.Select(k => k.Code).Order(), rules.Select(r => r.Check.Kind).Distinct().Order());
        Assert.Contains(rules, r => r.Match.IsEmpty);
    }

    [Fact]
    public void The_data_files_heating_rules_fail_a_perfunctory_reply_and_pass_a_good_one()
    {
        var set = new ReviewRuleSet(ReviewRuleFile.Load(DataDirectory.Default, Replies.Categories, Replies.Reference, DateTimeOffset.UnixEpoch));
        var bad = set.Evaluate(Replies.Heating("感谢您的来电，已转相关部门，正在处理中。"), ReviewStage.Centre);
        Assert.Contains(bad, r => r.RuleId == "RR-0005" && !r.Passed && r.Blocking);
        Assert.Contains(bad, r => r.RuleId == "RR-0001" && !r.Passed);
        var good = set.Evaluate(Replies.Heating(
            "12月1日上午我公司维修人员上门入户测温，实测室温16℃，经排查为户内阀门堵塞，已现场更换阀门，下午复测室温20℃。联系人张师傅，联系电话0358-8221234。",
            evidence: 1), ReviewStage.Centre);
        Assert.All(good, r => Assert.True(r.Passed, $"{r.RuleId} {r.Message}"));
    }
}
