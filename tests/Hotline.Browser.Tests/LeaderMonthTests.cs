using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Hotline.Browser.Tests.Infrastructure;
using Hotline.Browser.Tests.Pages;
using Hotline.Synthetic.Months;
using Xunit.Abstractions;

namespace Hotline.Browser.Tests;

/// <summary>
/// 领导驾驶舱 and the monthly report over a generated month: 120 orders over ten working days of November 2026, in
/// many departments and districts, some accepted or replied late, returned and re-dispatched, reopened after a
/// dissatisfied callback, or unreachable at first — played on the fake-time server's grains. The leader's page ranks
/// several departments, shows cards, hot spots across districts and typical cases; so does the printed report.
/// </summary>
public sealed class LeaderMonthTests(FakeTimeHotlineServer server, BrowserFixture browser, ITestOutputHelper output)
    : FakeTimeBrowserTest(server, browser, output)
{
    private const string Month = "2026-11";
    private const int Orders = 120;

    [Fact]
    public async Task The_leader_page_and_the_report_show_a_played_month()
    {
        // Wednesday 11 November onwards: after the fixture's start, whichever test of the collection ran first.
        var script = MonthScript.Generate(seed: 20261111, orders: Orders, firstDay: new DateOnly(2026, 11, 11), workingDays: 10);
        var watch = Stopwatch.StartNew();
        await new MonthDriver(Server.Grains, Server.AdvanceTo,
            new MonthActors(Logins.Seat1, Logins.Dispatcher, Logins.Reviewer, "department:month")).Play(script);
        Session.Log($"played {Orders} orders in {watch.Elapsed.TotalSeconds:0.0} s");
        var called = script.Orders.Count(o => o.Fate is not (MonthFate.DirectAnswer or MonthFate.NeverAccepted or MonthFate.StillHandling));
        await FiguresCaughtUp(received: Orders, callbacksReached: called);
        Session.Log($"figures caught up after {watch.Elapsed.TotalSeconds:0.0} s");

        var leader = new LeaderPage(await Session.NewPage());
        await LoginPage.SignIn(leader.Page, Logins.Leader, "/leader.html");
        await leader.Page.GotoAsync($"/leader.html?month={Month}");
        await leader.WaitUntilLoaded(Month);
        Assert.True(await leader.RankingRows.CountAsync() >= 8, "several departments are ranked");
        Assert.True(await leader.Cards.CountAsync() >= 1, "at least one department earned a card");
        Assert.True(await leader.HeatTable.Locator("tbody tr").CountAsync() >= 6, "hot spots span several districts");
        Assert.True(await leader.TypicalCases.Locator("li").CountAsync() >= 2, "typical cases are listed");
        await Expect(leader.Page.GetByTestId("count-received")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^1[2-9]\d$"));
        await Expect(leader.Escalations.Locator("[data-testid=escalation]").First).ToBeVisibleAsync();
        await leader.Page.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("leader-month.png"), FullPage = true });

        var report = leader.Page;
        await report.GotoAsync(await report.GetByTestId("report-link").GetAttributeAsync("href") ?? "");
        await Expect(report.Locator($"body[data-loaded='{Month}']")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Expect(report.GetByTestId("report-month")).ToContainTextAsync("2026 年 11 月");
        Assert.True(await report.GetByTestId("ranking-row").CountAsync() >= 8, "the report ranks several departments");
        Assert.True(await report.GetByTestId("card").CountAsync() >= 1, "the report lists the cards");
        Assert.True(await report.GetByTestId("report-hotspots").Locator("tbody tr").CountAsync() >= 5, "the report lists hot spots");
        await Expect(report.GetByTestId("typical-cases")).ToBeVisibleAsync();
        await report.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("report-month.png"), FullPage = true });
        Session.AssertNoPageErrors();
    }

    /// <summary>The figure shards hear the month by stream: wait (with a deadline) until they have counted it.</summary>
    private async Task FiguresCaughtUp(int received, int callbacksReached)
    {
        using var http = new HttpClient { BaseAddress = Server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Server.Api.TokenFor(Logins.Leader));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var counters = JsonDocument.Parse(await http.GetStringAsync($"/api/reports/monthly?month={Month}")).RootElement
                .GetProperty("city").GetProperty("counters");
            var (r, c) = (counters.GetProperty("received").GetInt32(), counters.GetProperty("callbacksReached").GetInt32());
            if (r >= received && c >= callbacksReached) return;
            Assert.True(DateTime.UtcNow < deadline, $"the month shows {r} received and {c} callbacks reached, expected {received} and {callbacksReached}");
            await Task.Delay(200);
        }
    }
}
