using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Browser.Tests.Infrastructure;
using Hotline.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Hotline.Browser.Tests;

/// <summary>
/// "Answer first, route right" as the seat sees it: a published knowledge answer turns up while the seat types a
/// reworded question; picking the category fills the order template and suggests the department of the
/// responsibility list (供热 in 离石区 → 离石区集中供热公司, 职责清单). The knowledge page renders for the record.
/// </summary>
public sealed class IntakeConsoleTests(HotlineServer server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private const string Question = "供热期间室内温度低于18度怎么办";
    private const string Answer =
        "供热期间居民住宅室内温度应不低于18℃。暖气不热、室温偏低时，请先确认暖气阀门已打开、暖气片已排气；仍不达标的，热线将转供热单位上门测温，24小时内处理。";

    [Fact]
    public async Task Seat_gets_the_published_answer_while_typing_and_the_template_and_rule_department_for_the_category()
    {
        var (entryId, leaf) = await PublishHeatingEntry();

        var page = await Session.NewPage();
        await LoginPage.SignIn(page, Logins.Seat1, "/seat.html");
        await new SeatConsole(page).WaitUntilReady();
        var form = page.Locator("form#intake");
        await form.Locator("[name=phone]").FillAsync(HotlineApi.UniquePhone());
        await form.Locator("[name=districtCode]").SelectOptionAsync("141102");
        await form.Locator("[name=address]").FillAsync("离石区滨河北路 12 号院 3 单元 502");
        await form.Locator("[name=title]").FillAsync("暖气不热 屋里只有十五度");

        // The reworded question finds the entry, its match highlighted.
        var hit = page.Locator($"[data-testid=knowledge-hit][data-knowledge-id='{entryId}']");
        await Expect(hit).ToBeVisibleAsync();
        await Expect(hit.Locator("em").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("seat-knowledge.png"), FullPage = true });

        await hit.GetByTestId("adopt-answer").ClickAsync();
        await Expect(form.Locator("[name=answer]")).ToHaveValueAsync(Answer);
        await Expect(page.GetByTestId("adopted-note")).ToContainTextAsync(entryId);

        // The five-level category: its template fills the empty content; the rule names RL-LS.
        await page.GetByTestId("category-search").FillAsync("室温低于18");
        await page.Locator($"[data-testid=category-option][data-code='{leaf}']").ClickAsync();
        await Expect(page.GetByTestId("category-chosen")).ToHaveAttributeAsync("data-code", leaf);
        await Expect(form.Locator("[name=content]")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("小区名称"));
        await Expect(form.Locator("[name=title]")).ToHaveValueAsync("暖气不热 屋里只有十五度");
        await Expect(form.Locator("[name=category]")).ToHaveValueAsync("供热");
        var first = page.GetByTestId("suggested-department").First;
        await Expect(first).ToHaveAttributeAsync("data-code", "RL-LS");
        await Expect(first).ToHaveAttributeAsync("data-source", "rule");
        await Expect(first).ToContainTextAsync("职责清单");
        await Expect(page.GetByTestId("caller-profile")).ToContainTextAsync("市民");
        await page.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("seat-intake-advice.png"), FullPage = true });

        await page.GotoAsync("/knowledge.html");
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        await page.GetByTestId("tab-published").ClickAsync();
        await page.Locator($"[data-testid=knowledge-row][data-knowledge-id='{entryId}']").ClickAsync();
        await Expect(page.GetByTestId("knowledge-detail")).ToContainTextAsync(Question);
        await page.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("knowledge.png"), FullPage = true });
        Session.AssertNoPageErrors();
    }

    /// <summary>Written by seat1, approved and published by reviewer1, through the API; returns its id and the leaf category.</summary>
    private async Task<(string Id, string Leaf)> PublishHeatingEntry()
    {
        using var http = new HttpClient { BaseAddress = Server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var categories = await Send(http, HttpMethod.Get, "/api/categories", Logins.Seat1, null);
        var nodes = categories.EnumerateArray().ToList();
        var parents = nodes.Select(n => n.GetProperty("parentCode").GetString()).ToHashSet();
        var leaf = nodes.First(n => n.GetProperty("topic").GetString() == "供热" && !parents.Contains(n.GetProperty("code").GetString())
            && n.GetProperty("name").GetString()!.Contains("18")).GetProperty("code").GetString()!;

        var entry = await Send(http, HttpMethod.Post, "/api/knowledge", Logins.Seat1, new
        {
            question = Question, answer = Answer, categoryCode = leaf, departments = new[] { "RL-LS" },
            tags = new[] { "暖气不热", "室温" }, urgent = false,
        });
        var id = entry.GetProperty("id").GetString()!;
        await Send(http, HttpMethod.Post, $"/api/knowledge/{id}/review", Logins.Reviewer, new { approved = true, note = "核实无误" });
        await Send(http, HttpMethod.Post, $"/api/knowledge/{id}/publish", Logins.Reviewer, new { });
        return (id, leaf);
    }

    private async Task<JsonElement> Send(HttpClient http, HttpMethod method, string path, string user, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await Server.Api.TokenFor(user));
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, $"{method} {path} as {user} → {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
