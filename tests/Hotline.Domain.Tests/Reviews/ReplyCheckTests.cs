using Hotline.Domain.Reviews;
using Hotline.Domain.Reviews.Checks;

namespace Hotline.Domain.Tests.Reviews;

/// <summary>Every check kind on a reply that passes and one that fails, with the message saying what is missing.</summary>
public sealed class ReplyCheckTests
{
    private static RuleResult Run(string kind, ReplyUnderReview reply, string[]? terms = null, int? min = null) =>
        Replies.Rule("R1", kind, terms, min).Evaluate(reply);

    private const string GoodHeating =
        "12月1日上午我公司维修人员上门入户测温，实测室温16℃，经排查为户内阀门堵塞，已现场更换阀门，下午复测室温20℃。联系人张师傅，联系电话0358-8221234。";

    [Fact]
    public void Mentions_any_passes_when_one_term_is_named_and_names_the_terms_when_none_is()
    {
        string[] terms = ["上门", "现场", "入户"];
        Assert.True(Run(ReplyChecks.MentionsAny, Replies.Heating(GoodHeating), terms).Passed);
        var failed = Run(ReplyChecks.MentionsAny, Replies.Heating("已电话联系用户，热源正常，请用户自行排气。"), terms);
        Assert.False(failed.Passed);
        Assert.Contains("上门、现场、入户", failed.Message);
    }

    [Theory]
    [InlineData("依据《吕梁市城市供热管理办法》，供热单位应保证室温不低于18℃。")]
    [InlineData("根据供热管理条例第十八条，供热企业应当及时维修。")]
    [InlineData("按照物价局批复的收费标准执行。")]
    public void Cites_regulation_accepts_a_titled_document_an_article_or_a_given_term(string content) =>
        Assert.True(Run(ReplyChecks.CitesRegulation, Replies.Heating(content), ["物价局批复"]).Passed);

    [Fact]
    public void Cites_regulation_fails_a_reply_without_grounds()
    {
        var result = Run(ReplyChecks.CitesRegulation, Replies.Heating("收费是合理的，请按时缴纳采暖费。"));
        Assert.False(result.Passed);
        Assert.Contains("政策法规", result.Message);
    }

    [Theory]
    [InlineData("如有问题请致电13812345678。", true)]
    [InlineData("联系电话：0358-8221234。", true)]
    [InlineData("联系人：王科长。", true)]
    [InlineData("已安排人员处理，请耐心等待。", false)]
    public void Includes_contact_looks_for_a_number_or_a_named_contact(string content, bool passes)
    {
        var result = Run(ReplyChecks.IncludesContact, Replies.Heating(content));
        Assert.Equal(passes, result.Passed);
        Assert.Equal(passes ? "" : ReviewTexts.NoContact, result.Message);
    }

    [Fact]
    public void Not_template_fails_boilerplate_and_passes_a_real_account()
    {
        var boiler = Run(ReplyChecks.NotTemplate, Replies.Heating("您好，感谢您的来电！您反映的问题已转相关部门，正在处理中，请耐心等待。"), min: 15);
        Assert.False(boiler.Passed);
        Assert.StartsWith("答复多为套话", boiler.Message);
        Assert.True(Run(ReplyChecks.NotTemplate, Replies.Heating("感谢您的来电！" + GoodHeating), min: 15).Passed);
    }

    [Fact]
    public void Not_template_uses_the_rules_own_phrases_and_refuses_a_rejected_reply_sent_again()
    {
        var own = Run(ReplyChecks.NotTemplate, Replies.Heating("已按程序办理完毕，已按程序办理完毕。"), ["已按程序办理完毕"], 5);
        Assert.False(own.Passed);
        var again = Replies.Heating(GoodHeating) with { EarlierReplies = [GoodHeating.Replace("，", ", ")] };
        var result = Run(ReplyChecks.NotTemplate, again);
        Assert.False(result.Passed);
        Assert.Equal(ReviewTexts.SameAsEarlier, result.Message);
    }

    [Fact]
    public void Evidence_attached_counts_files_against_the_minimum()
    {
        Assert.True(Run(ReplyChecks.EvidenceAttached, Replies.Heating(GoodHeating, evidence: 2), min: 2).Passed);
        var result = Run(ReplyChecks.EvidenceAttached, Replies.Heating(GoodHeating, evidence: 1), min: 2);
        Assert.False(result.Passed);
        Assert.Contains("1 份，须至少 2 份", result.Message);
        Assert.False(Run(ReplyChecks.EvidenceAttached, Replies.Heating(GoodHeating)).Passed);
    }

    [Fact]
    public void Min_length_ignores_whitespace()
    {
        Assert.True(Run(ReplyChecks.MinLength, Replies.Heating("一二三四五六七八九十"), min: 10).Passed);
        var result = Run(ReplyChecks.MinLength, Replies.Heating("一二三 四五 六七八九     "), min: 10);
        Assert.False(result.Passed);
        Assert.Contains("9 字，须不少于 10 字", result.Message);
    }

    [Fact]
    public void Final_signed_applies_only_to_a_final_reply()
    {
        Assert.True(Run(ReplyChecks.FinalSigned, Replies.Heating(GoodHeating)).Passed);
        Assert.False(Run(ReplyChecks.FinalSigned, Replies.Heating(GoodHeating, final: true)).Passed);
        Assert.True(Run(ReplyChecks.FinalSigned, Replies.Heating(GoodHeating + "签发：李明（公司负责人）", final: true)).Passed);
    }

    [Fact]
    public void Every_kind_has_a_passing_and_a_failing_case_above() =>
        Assert.Equal(7, ReplyChecks.Kinds.Count);
}
