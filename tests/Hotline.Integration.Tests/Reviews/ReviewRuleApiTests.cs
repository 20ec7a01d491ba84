using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Integration.Tests.Api;
using Hotline.Integration.Tests.Infrastructure;

namespace Hotline.Integration.Tests.Reviews;

/// <summary>Rules added and retired through the API apply to the very next review check, with no deploy.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReviewRuleApiTests(ApiFixture fixture)
{
    private readonly ReviewRuleApi _api = new(fixture);

    [Fact]
    public async Task A_rule_added_applies_to_the_next_self_check_and_a_retired_one_no_longer()
    {
        var keyword = ReviewRuleApi.UniqueKeyword();
        var id = await _api.OrderWith(keyword);
        var draft = new { stage = "self-check", content = "已电话联系用户，请用户自行排气。", evidence = Array.Empty<string>() };
        Assert.Equal(0, (await _api.CheckOk(id, draft)).GetProperty("failed").GetInt32());

        var rule = await _api.Add(ReviewRuleApi.MentionsRule(keyword, ["上门", "入户"], ["self-check", "department"]));
        var ruleId = rule.GetProperty("id").GetString()!;
        Assert.Equal("active", rule.GetProperty("status").GetString());
        Assert.Equal(Logins.Reviewer, rule.GetProperty("createdBy").GetString());

        var report = await _api.CheckOk(id, draft);
        Assert.Equal("self-check", report.GetProperty("stage").GetString());
        var result = ReviewRuleApi.ResultOf(report, ruleId)!.Value;
        Assert.False(result.GetProperty("passed").GetBoolean());
        Assert.True(result.GetProperty("blocking").GetBoolean());
        Assert.Contains("上门、入户", result.GetProperty("message").GetString());
        Assert.Equal(1, report.GetProperty("blockingFailed").GetInt32());

        var fixedDraft = new { stage = "self-check", content = "今日上午维修人员上门排查，已更换阀门。", evidence = new[] { "E1" } };
        Assert.True(ReviewRuleApi.ResultOf(await _api.CheckOk(id, fixedDraft), ruleId)!.Value.GetProperty("passed").GetBoolean());

        var retired = await _api.Retire(ruleId);
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        Assert.Equal("retired", (await retired.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Null(ReviewRuleApi.ResultOf(await _api.CheckOk(id, draft), ruleId));

        var again = await ProblemAssert.ProblemOf(await _api.Retire(ruleId), HttpStatusCode.Conflict, "retire twice");
        Assert.Equal("retired", again.GetProperty("currentStatus").GetString());
    }

    [Fact]
    public async Task Department_and_centre_checks_judge_the_leads_latest_reply()
    {
        var keyword = ReviewRuleApi.UniqueKeyword();
        var id = await _api.OrderWith(keyword);
        var none = await ProblemAssert.ProblemOf(await _api.Check(id, new { stage = "department" }), HttpStatusCode.Conflict, "no reply yet");
        Assert.Equal("pending-dispatch", none.GetProperty("currentStatus").GetString());

        var rule = await _api.Add(ReviewRuleApi.MentionsRule(keyword, ["现场"], ["department", "centre"]));
        var ruleId = rule.GetProperty("id").GetString()!;
        await _api.Orders.Do(id, "dispatch", new { lead = "RL-LS" }, "dispatched");
        await _api.Orders.Do(id, "accept", new { department = "RL-LS" }, "accepted");
        await _api.Orders.Do(id, "reply", new { department = "RL-LS", content = "已通知用户自行排气。", evidence = Array.Empty<string>() }, "replied");

        var department = await _api.CheckOk(id, new { stage = "department" });
        Assert.False(ReviewRuleApi.ResultOf(department, ruleId)!.Value.GetProperty("passed").GetBoolean());
        Assert.Null(ReviewRuleApi.ResultOf(await _api.CheckOk(id, new { stage = "self-check", content = "已通知用户自行排气。" }, Logins.RlLs), ruleId));

        await _api.Orders.Do(id, "review", new { level = "department", approved = false, reasons = new[] { "未到现场核查" } }, "accepted");
        await _api.Orders.Do(id, "reply", new { department = "RL-LS", content = "维修人员已到现场排查，更换阀门后暖气恢复。", evidence = new[] { "E1" } }, "replied");
        var second = await _api.CheckOk(id, new { stage = "department" });
        Assert.True(ReviewRuleApi.ResultOf(second, ruleId)!.Value.GetProperty("passed").GetBoolean());
        Assert.Equal(0, second.GetProperty("blockingFailed").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await _api.Retire(ruleId)).StatusCode);
    }

    [Fact]
    public async Task Rules_are_listed_by_status_and_found_by_text()
    {
        var keyword = ReviewRuleApi.UniqueKeyword();
        var rule = await _api.Add(ReviewRuleApi.MentionsRule(keyword, ["上门"], ["centre"], blocking: false), Logins.Admin);
        var ruleId = rule.GetProperty("id").GetString()!;

        var active = await fixture.As(Logins.RlLs).GetFromJsonAsync<JsonElement>($"/api/review-rules?status=active&q={Uri.EscapeDataString(keyword)}");
        Assert.Equal([ruleId], active.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(1, active.GetProperty("total").GetInt32());
        Assert.Equal(1, active.GetProperty("page").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await _api.Retire(ruleId, Logins.Admin)).StatusCode);
        var retired = await fixture.As(Logins.Dispatcher).GetFromJsonAsync<JsonElement>($"/api/review-rules?status=retired&q={Uri.EscapeDataString(keyword)}");
        var item = Assert.Single(retired.GetProperty("items").EnumerateArray());
        Assert.Equal("admin", item.GetProperty("retiredBy").GetString());
        Assert.Equal(0, (await fixture.As(Logins.Reviewer).GetFromJsonAsync<JsonElement>($"/api/review-rules?q={Uri.EscapeDataString(keyword)}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Unknown_rules_and_orders_are_404_and_roles_are_enforced()
    {
        await ProblemAssert.ProblemOf(await _api.Retire("RU-NOPE"), HttpStatusCode.NotFound, "retire unknown");
        await ProblemAssert.ProblemOf(await _api.Check("19990101-ZZZZZZ", new { stage = "centre" }), HttpStatusCode.NotFound, "check unknown order");

        // Another department's order does not exist for a department user.
        var other = await _api.OrderWith(ReviewRuleApi.UniqueKeyword());
        await ProblemAssert.ProblemOf(await _api.Check(other, new { stage = "self-check", content = "已处理" }, Logins.RlXy), HttpStatusCode.NotFound, "other department");

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.As(Logins.RlLs).PostAsJsonAsync("/api/review-rules",
            ReviewRuleApi.MentionsRule("任意", ["上门"], ["centre"]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.As(Logins.Seat1).GetAsync("/api/review-rules")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.Check(other, new { stage = "centre" }, Logins.Seat1)).StatusCode);
    }
}
