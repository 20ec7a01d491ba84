using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Browser.Tests.Infrastructure;
using Hotline.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Hotline.Browser.Tests;

/// <summary>
/// 审核回访台: the reviewer lands on it, sees a replied order with the review rules' verdicts, and sends a
/// perfunctory reply back with the reasons the failed rules pre-filled.
/// </summary>
public sealed class ReviewConsoleTests(HotlineServer server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private const string Boilerplate = "感谢您的来电，您反映的问题已转相关部门，正在处理中，请耐心等待。";

    [Fact]
    public async Task Reviewer_sees_the_failing_rules_of_a_replied_order_and_rejects_it_with_the_prefilled_reasons()
    {
        // Rules that match only this test's order (its title carries a word no other order has).
        var keyword = $"锅炉{Random.Shared.Next(100000, 999999)}号";
        var visit = await AddRule(new
        {
            name = "供热投诉须上门核查",
            match = new { topics = new[] { "供热" }, keywords = new[] { keyword } },
            check = new { kind = "mentions-any", terms = new[] { "上门", "现场", "入户" } },
            stages = new[] { "department", "centre" },
            blocking = true,
        });
        var template = await AddRule(new
        {
            name = "不得模板化答复",
            match = new { keywords = new[] { keyword } },
            check = new { kind = "not-template", min = 15 },
            stages = new[] { "department", "centre" },
            blocking = true,
        });
        var id = await Server.Api.CreateHeatingOrder($"{keyword}附近暖气不热", "离石区滨河北路 12 号院 3 单元");
        await Server.Api.Dispatch(id, "RL-LS");
        await Server.Api.Command(id, "accept", Logins.RlLs, new { department = "RL-LS" });
        await Server.Api.Command(id, "reply", Logins.RlLs, new { department = "RL-LS", content = Boilerplate, evidence = Array.Empty<string>() });

        var page = await Session.NewPage(BrowserSession.Desktop);
        await LoginPage.SignIn(page, Logins.Reviewer, "/review.html");
        var row = page.Locator($"[data-testid=review-row][data-order-id='{id}']");
        await Expect(row).ToContainTextAsync("部门审核");
        await row.ClickAsync();

        var detail = page.GetByTestId("review-detail");
        await Expect(detail.GetByTestId("review-reply")).ToHaveTextAsync(Boilerplate);
        var failed = detail.Locator($"[data-testid=rule-result][data-rule-id='{visit}']");
        await Expect(failed).ToHaveAttributeAsync("data-passed", "false");
        await Expect(failed).ToHaveAttributeAsync("data-blocking", "true");
        await Expect(failed).ToContainTextAsync("上门、现场、入户");
        // Blocking failures are red.
        await Expect(failed.Locator(".rv-mark")).ToHaveCSSAsync("color", "rgb(217, 54, 62)");
        var reasons = detail.GetByTestId("review-reasons");
        await Expect(reasons).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^敷衍答复：|\\n敷衍答复："));
        await Expect(reasons).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("供热投诉须上门核查：答复未提及"));
        await Expect(detail.Locator($"[data-testid=rule-result][data-rule-id='{template}']")).ToHaveAttributeAsync("data-passed", "false");
        await page.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("review.png"), FullPage = true });

        var prefilled = await reasons.InputValueAsync();
        await detail.GetByTestId("review-reject").ClickAsync();
        await Expect(page.GetByTestId("review-done")).ToContainTextAsync("已退回");
        await Expect(row).ToHaveCountAsync(0);

        var order = await Server.Api.Get(id);
        Assert.Equal("accepted", order.GetProperty("status").GetString());
        var failure = order.GetProperty("events").EnumerateArray().Last(e => e.GetProperty("action").GetString() == "review-failed");
        var reason = failure.GetProperty("reason").GetString() ?? "";
        Assert.Contains("敷衍答复：", reason);
        Assert.All(prefilled.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains(line, reason));
        Session.AssertNoPageErrors();
    }

    [Fact]
    public async Task Reviewer_adds_a_rule_in_the_rules_tab_finds_it_and_retires_it()
    {
        var keyword = $"锅炉{Random.Shared.Next(100000, 999999)}号";
        var page = await Session.NewPage(BrowserSession.Desktop);
        await LoginPage.SignIn(page, Logins.Reviewer, "/review.html");
        await page.GetByTestId("tab-callbacks").ClickAsync();
        await Expect(page.GetByTestId("quiet-hours")).ToContainTextAsync("08:30–12:00、14:30–20:30");
        await page.GetByTestId("tab-rules").ClickAsync();

        var form = page.GetByTestId("rule-form");
        await form.GetByTestId("rule-kind").SelectOptionAsync("mentions-any");
        await form.GetByTestId("rule-add").ClickAsync();
        await Expect(form.Locator("[data-error-for=name]")).ToContainTextAsync("规则名称不能为空");
        await Expect(form.Locator("[data-error-for='check.terms']")).ToContainTextAsync("至少一个词语");

        await form.GetByTestId("rule-name").FillAsync("测试：须说明测温结果");
        await form.GetByTestId("rule-keywords").FillAsync(keyword);
        await form.GetByTestId("rule-terms").FillAsync("测温，实测");
        await form.GetByTestId("rule-add").ClickAsync();
        await Expect(form.GetByTestId("rule-saved")).ToContainTextAsync("下一次审核即生效");

        await page.GetByTestId("rule-search").FillAsync(keyword);
        var row = page.Locator("[data-testid=rule-row]");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("测温、实测");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await row.GetByTestId("rule-retire").ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
        await page.GetByTestId("rule-status").SelectOptionAsync("retired");
        await Expect(row).ToContainTextAsync(Logins.Reviewer);
        Session.AssertNoPageErrors();
    }

    private async Task<string> AddRule(object rule)
    {
        using var http = new HttpClient { BaseAddress = Server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Server.Api.TokenFor(Logins.Reviewer));
        var response = await http.PostAsJsonAsync("/api/review-rules", rule);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"add rule → {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }
}
