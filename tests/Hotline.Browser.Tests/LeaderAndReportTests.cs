using System.Net.Http.Headers;
using System.Text.Json;
using Hotline.Browser.Tests.Infrastructure;
using Hotline.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Hotline.Browser.Tests;

/// <summary>
/// 领导驾驶舱 and the printable monthly report with a month of data: eleven RL-LS heating orders called back,
/// four of them dissatisfied (重办), earn RL-LS a card; the leader sees the rates, the ranking, the card with its
/// reasons and the heat table, then opens the report.
/// </summary>
public sealed class LeaderAndReportTests(HotlineServer server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    [Fact]
    public async Task The_leader_sees_rates_ranking_cards_and_hot_spots_and_prints_the_report()
    {
        for (var i = 0; i < 11; i++) await CalledBack(dissatisfied: i % 3 == 0);
        await FiguresShowCallbacks("RL-LS", atLeast: 11);

        var page = await Session.NewPage();
        // A leader lands on the leader page.
        await LoginPage.SignIn(page, Logins.Leader, "/leader.html");
        await Expect(page.Locator("body[data-loaded]")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Expect(page.GetByTestId("rate-satisfactionRate")).ToContainTextAsync("%");
        await Expect(page.GetByTestId("rate-responseRate")).ToContainTextAsync("响应率");
        await Expect(page.Locator("[data-testid=ranking-row][data-department='RL-LS']")).ToContainTextAsync("离石区集中供热公司");
        var card = page.Locator("[data-testid=card][data-department='RL-LS']");
        await Expect(card).ToContainTextAsync("满意率");
        await Expect(card.Locator(".reasons li").First).ToContainTextAsync("线");
        await Expect(page.GetByTestId("heat-table")).ToContainTextAsync("离石区");
        await Expect(page.GetByTestId("heat-table")).ToContainTextAsync("供热");
        await Expect(page.GetByTestId("escalations")).Not.ToBeEmptyAsync();
        var month = await page.GetByTestId("month").InputValueAsync();
        await Expect(page.GetByTestId("csv-link")).ToHaveAttributeAsync("href", $"/api/reports/monthly?month={month}&format=csv");
        await page.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("leader.png"), FullPage = true });

        // The 打印月报 link, in the leader's own session.
        var report = page;
        await report.GotoAsync(await page.GetByTestId("report-link").GetAttributeAsync("href") ?? "");
        await Expect(report.Locator("body[data-loaded]")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Expect(report.Locator("h1")).ToHaveTextAsync("12345热线 月度考核报告");
        await Expect(report.GetByTestId("report-rates")).ToContainTextAsync("满意率");
        await Expect(report.Locator("[data-testid=ranking-row][data-department='RL-LS']")).ToBeVisibleAsync();
        await Expect(report.Locator("[data-testid=card][data-department='RL-LS']")).ToBeVisibleAsync();
        await Expect(report.GetByTestId("report-hotspots")).ToContainTextAsync("离石区");
        await Expect(report.GetByTestId("generated-at")).ToContainTextAsync("生成时间");
        await report.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("report.png"), FullPage = true });
        Session.AssertNoPageErrors();
    }

    /// <summary>A heating order of RL-LS through to its callback: satisfied (closed) or dissatisfied (重办).</summary>
    private async Task CalledBack(bool dissatisfied)
    {
        var api = Server.Api;
        var id = await api.CreateHeatingOrder("家里暖气不热", "离石区滨河北路 9 号院");
        await api.Dispatch(id, "RL-LS");
        await api.Command(id, "accept", Logins.RlLs, new { department = "RL-LS" });
        await api.Command(id, "reply", Logins.RlLs, new { department = "RL-LS", content = "已上门排气，室温恢复。", evidence = new[] { "现场.jpg" }, final = false });
        await api.Command(id, "review", Logins.Reviewer, new { level = "department", approved = true });
        await api.Command(id, "review", Logins.Reviewer, new { level = "centre", approved = true });
        await api.Command(id, "callback", Logins.Reviewer, new { satisfaction = dissatisfied ? "dissatisfied" : "satisfied" });
    }

    /// <summary>The figure shards have counted the callbacks (they arrive by stream).</summary>
    private async Task FiguresShowCallbacks(string department, int atLeast)
    {
        using var http = new HttpClient { BaseAddress = Server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Server.Api.TokenFor(Logins.Leader));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var body = JsonDocument.Parse(await http.GetStringAsync("/api/figures?by=department")).RootElement;
            var reached = body.GetProperty("rows").EnumerateArray()
                .Where(r => r.GetProperty("key").GetString() == department)
                .Select(r => r.GetProperty("counters").GetProperty("callbacksReached").GetInt32())
                .FirstOrDefault();
            if (reached >= atLeast) return;
            Assert.True(DateTime.UtcNow < deadline, $"{department} shows {reached} callbacks, expected at least {atLeast}");
            await Task.Delay(100);
        }
    }
}
