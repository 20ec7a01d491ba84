using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Integration.Tests.Infrastructure;

namespace Hotline.Integration.Tests.Reviews;

/// <summary>
/// The review-rule API as the tests drive it. Rules added in the shared API cluster match on a keyword only the
/// test's own orders carry, so they never judge another test's replies.
/// </summary>
public sealed class ReviewRuleApi(ApiFixture fixture)
{
    public readonly OrderApi Orders = new(fixture);

    /// <summary>A word no other test's order contains.</summary>
    public static string UniqueKeyword() => $"锅炉{Random.Shared.Next(100000, 999999)}号";

    public static object MentionsRule(string keyword, string[] terms, string[] stages, bool blocking = true) => new
    {
        name = $"含“{keyword}”的诉求须说明上门情况",
        description = "测试规则",
        match = new { keywords = new[] { keyword } },
        check = new { kind = "mentions-any", terms },
        stages,
        blocking,
    };

    public async Task<JsonElement> Add(object rule, string user = Logins.Reviewer)
    {
        var response = await fixture.As(user).PostAsJsonAsync("/api/review-rules", rule);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"add rule → {(int)response.StatusCode}: {text}");
        var created = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal($"/api/review-rules/{created.GetProperty("id").GetString()}", response.Headers.Location?.ToString());
        return created;
    }

    public Task<HttpResponseMessage> Retire(string id, string user = Logins.Reviewer) =>
        fixture.As(user).PostAsJsonAsync($"/api/review-rules/{id}/retire", new { });

    public Task<HttpResponseMessage> Check(string orderId, object body, string user = Logins.Reviewer) =>
        fixture.As(user).PostAsJsonAsync($"/api/orders/{orderId}/review-check", body);

    public async Task<JsonElement> CheckOk(string orderId, object body, string user = Logins.Reviewer)
    {
        var response = await Check(orderId, body, user);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"review-check as {user} → {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The result of one rule in a check report, or null when the rule was not applied.</summary>
    public static JsonElement? ResultOf(JsonElement report, string ruleId) =>
        report.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() == ruleId)
            .Select(r => (JsonElement?)r).FirstOrDefault();

    /// <summary>A heating order whose content carries <paramref name="keyword"/>, created by seat1.</summary>
    public async Task<string> OrderWith(string keyword)
    {
        var intake = new
        {
            channel = "热线电话",
            caller = new { phone = $"139{Random.Shared.Next(10000000, 99999999)}", name = "王先生", type = "citizen" },
            districtCode = "141102",
            address = "离石区滨河北路 12 号院 3 单元",
            category = "供热",
            title = "暖气不热",
            content = $"小区{keyword}附近几栋楼暖气不热，室温只有 14 度。",
            urgency = "normal",
        };
        return (await Orders.Create(intake)).GetProperty("id").GetString()!;
    }
}
