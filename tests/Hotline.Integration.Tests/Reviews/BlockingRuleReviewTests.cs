using System.Net;
using System.Net.Http.Json;
using Hotline.Integration.Tests.Api;
using Hotline.Integration.Tests.Infrastructure;

namespace Hotline.Integration.Tests.Reviews;

/// <summary>A blocking rule (必改) the reply fails stops the review from passing it, at both levels; rejecting stays open.</summary>
[Collection(ApiCollection.Name)]
public sealed class BlockingRuleReviewTests(ApiFixture fixture)
{
    private readonly ReviewRuleApi _api = new(fixture);

    [Fact]
    public async Task A_reply_failing_a_blocking_rule_cannot_pass_a_review_until_it_is_fixed()
    {
        var keyword = ReviewRuleApi.UniqueKeyword();
        var id = await _api.OrderWith(keyword);
        var rule = await _api.Add(ReviewRuleApi.MentionsRule(keyword, ["现场"], ["department", "centre"]));
        var ruleName = rule.GetProperty("name").GetString()!;
        await _api.Orders.Do(id, "dispatch", new { lead = "RL-LS" }, "dispatched");
        await _api.Orders.Do(id, "accept", new { department = "RL-LS" }, "accepted");
        await _api.Orders.Do(id, "reply", new { department = "RL-LS", content = "已通知用户自行排气。", evidence = Array.Empty<string>() }, "replied");
        var version = (await _api.Orders.Get(id)).GetProperty("version").GetInt64();

        var refused = await ProblemAssert.ProblemOf(
            await fixture.As(Logins.Reviewer).PostAsJsonAsync($"/api/orders/{id}/review", new { level = "department", approved = true, reasons = Array.Empty<string>() }),
            HttpStatusCode.Conflict, "department review passing a failed blocking rule");
        Assert.Equal("replied", refused.GetProperty("currentStatus").GetString());
        Assert.Contains(ruleName, refused.GetProperty("detail").GetString());
        Assert.Equal(version, (await _api.Orders.Get(id)).GetProperty("version").GetInt64());

        // Rejecting is always allowed; a fixed reply then passes both levels.
        await _api.Orders.Do(id, "review", new { level = "department", approved = false, reasons = new[] { "未到现场核查" } }, "accepted");
        await _api.Orders.Do(id, "reply", new { department = "RL-LS", content = "维修人员已到现场排查，更换阀门后暖气恢复。", evidence = new[] { "E1" } }, "replied");
        await _api.Orders.Do(id, "review", new { level = "department", approved = true, reasons = Array.Empty<string>() }, "under-review");

        // The centre step judges the same fixed reply and passes it too.
        await _api.Orders.Do(id, "review", new { level = "centre", approved = true, reasons = Array.Empty<string>() }, "pending-callback");
        Assert.Equal(HttpStatusCode.OK, (await _api.Retire(rule.GetProperty("id").GetString()!)).StatusCode);
    }

    [Fact]
    public async Task An_advisory_rule_is_shown_but_does_not_stop_the_review()
    {
        var keyword = ReviewRuleApi.UniqueKeyword();
        var id = await _api.OrderWith(keyword);
        var rule = await _api.Add(ReviewRuleApi.MentionsRule(keyword, ["现场"], ["department"], blocking: false));
        await _api.Orders.Do(id, "dispatch", new { lead = "RL-LS" }, "dispatched");
        await _api.Orders.Do(id, "accept", new { department = "RL-LS" }, "accepted");
        await _api.Orders.Do(id, "reply", new { department = "RL-LS", content = "已通知用户自行排气。", evidence = Array.Empty<string>() }, "replied");
        var report = await _api.CheckOk(id, new { stage = "department" });
        Assert.False(ReviewRuleApi.ResultOf(report, rule.GetProperty("id").GetString()!)!.Value.GetProperty("passed").GetBoolean());

        await _api.Orders.Do(id, "review", new { level = "department", approved = true, reasons = Array.Empty<string>() }, "under-review");
        Assert.Equal(HttpStatusCode.OK, (await _api.Retire(rule.GetProperty("id").GetString()!)).StatusCode);
    }
}
