using System.Text.Json;
using Hotline.Browser.Tests.Infrastructure;
using Hotline.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Hotline.Browser.Tests;

/// <summary>
/// 提级督办 across three screens on a fake clock: a heating order dispatched to RL-LS and never accepted climbs its
/// ladder as the fake clock passes 100 / 150 / 200 % of the 30-minute accept clock. RL-LS's head reads the breach on
/// its console, the dispatcher reads the centre rung on the 督办 card, the leader reads the leadership rung on the
/// leader page; the dispatcher also urges RL-LS from the card. The audit trail holds the three acknowledgements.
/// </summary>
public sealed class EscalationLadderTests(FakeTimeHotlineServer server, BrowserFixture browser, ITestOutputHelper output)
    : FakeTimeBrowserTest(server, browser, output)
{
    private static readonly TimeSpan AcceptClock = TimeSpan.FromMinutes(30);
    private const string UrgeMessage = "请立即安排人员上门抢修，并在一小时内回复进度。";

    [Fact]
    public async Task Each_level_reads_its_rung_as_the_accept_clock_passes_100_150_and_200_percent()
    {
        var id = await Server.Api.CreateHeatingOrder("供热管道漏水，整栋楼停暖", "离石区龙凤南路 12 号院");
        var dispatched = await Server.Api.Dispatch(id, "RL-LS");
        var started = HotlineApi.Instant(HotlineApi.Clock(dispatched, "accept", "RL-LS"), "startedAt");
        Assert.Equal(AcceptClock, HotlineApi.Instant(HotlineApi.Clock(dispatched, "accept", "RL-LS"), "dueAt") - started);

        var department = await Session.NewPage();
        await LoginPage.SignIn(department, Logins.RlLs, "/department.html");
        await LivePage.WaitUntilLive(department);
        var dispatch = await Session.NewPage(BrowserSession.BigScreen);
        await LoginPage.SignIn(dispatch, Logins.Dispatcher, "/dispatch.html");
        await LivePage.WaitUntilLive(dispatch);
        var board = dispatch.GetByTestId("supervision-list");
        await Expect(LeaderPage.Ladder(board, id)).ToHaveCountAsync(0);

        // Past 100 %: the breach goes to RL-LS's head, on its console, live.
        Server.AdvanceTo(started + AcceptClock * 1.01);
        var notice = department.Locator($"[data-testid=notice-card][data-order-id='{id}'] [data-testid=supervision-notice]");
        await Expect(notice).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(notice).ToContainTextAsync("签收");
        await notice.GetByTestId("supervision-ack").ClickAsync();
        await Expect(notice).ToHaveCountAsync(0);

        // The dispatcher's card has the order with its first rung read and no centre rung yet.
        var ladder = LeaderPage.Ladder(board, id);
        await Expect(LeaderPage.Rung(ladder, "department-head")).ToHaveAttributeAsync("data-state", "read", new() { Timeout = 35_000 });
        await Expect(LeaderPage.Rung(ladder, "department-head")).ToContainTextAsync(Logins.RlLs);
        await Expect(LeaderPage.Rung(ladder, "centre")).ToHaveAttributeAsync("data-state", "none");

        // Past 150 %: the centre rung, read by the dispatcher on the card.
        Server.AdvanceTo(started + AcceptClock * 1.51);
        await Expect(LeaderPage.Rung(ladder, "centre")).ToHaveAttributeAsync("data-state", "open", new() { Timeout = 15_000 });
        await Expect(LeaderPage.Acknowledge(ladder, "leadership")).ToHaveCountAsync(0);
        await Expect(ladder.GetByTestId("ladder-clock")).ToContainTextAsync("签收");
        await dispatch.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("dispatch-supervision.png"), FullPage = true });
        await LeaderPage.Acknowledge(ladder, "centre").ClickAsync();
        await Expect(LeaderPage.Rung(ladder, "centre")).ToHaveAttributeAsync("data-state", "read");
        await Expect(LeaderPage.Rung(ladder, "centre")).ToContainTextAsync(Logins.Dispatcher);
        // 催办 from the card with the dispatcher's own words: RL-LS's console shows it live.
        await ladder.GetByTestId("urge").ClickAsync();
        await ladder.GetByTestId("urge-message").FillAsync(UrgeMessage);
        // The list is read again while the message is being written (here by choosing the level again; live, by a
        // breach on any other order or the 30 s refresh): the line stays open with what was typed.
        var loaded = await board.GetAttributeAsync("data-loaded");
        await dispatch.Locator("#supervision-level").DispatchEventAsync("change");
        await Expect(board).Not.ToHaveAttributeAsync("data-loaded", loaded!);
        await Expect(ladder.GetByTestId("urge-message")).ToHaveValueAsync(UrgeMessage);
        await ladder.GetByTestId("urge-send").ClickAsync();
        await Expect(ladder.GetByTestId("urge")).ToContainTextAsync("（1）");
        await Expect(department.Locator($"[data-testid=notice-card][data-order-id='{id}'] [data-testid=urge-notice]")).ToContainTextAsync(UrgeMessage);

        // Past 200 %: the leadership rung, read by the leader on the leader page.
        Server.AdvanceTo(started + AcceptClock * 2.01);
        await Expect(LeaderPage.Rung(ladder, "leadership")).ToHaveAttributeAsync("data-state", "open", new() { Timeout = 15_000 });
        var leader = new LeaderPage(await Session.NewPage());
        await LoginPage.SignIn(leader.Page, Logins.Leader, "/leader.html");
        // The fake clock's month, so the screenshot's figures are the order's month.
        var month = Server.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await leader.Page.GotoAsync($"/leader.html?month={month}");
        await leader.WaitUntilLoaded(month);
        await leader.LevelFilter.SelectOptionAsync("leadership");
        var top = LeaderPage.Ladder(leader.Escalations, id);
        await Expect(LeaderPage.Rung(top, "leadership")).ToHaveAttributeAsync("data-state", "open", new() { Timeout = 15_000 });
        await Expect(LeaderPage.Rung(top, "centre")).ToContainTextAsync(Logins.Dispatcher);
        await Expect(top.Locator("[data-testid=typical-tag][data-code='slow-response']")).ToHaveTextAsync("慢作为");
        await Expect(LeaderPage.Acknowledge(top, "centre")).ToHaveCountAsync(0);
        await LeaderPage.Acknowledge(top, "leadership").ClickAsync();
        await Expect(LeaderPage.Rung(top, "leadership")).ToHaveAttributeAsync("data-state", "read");
        await Expect(LeaderPage.Rung(top, "leadership")).ToContainTextAsync(Logins.Leader);
        await leader.Page.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("leader-escalations.png"), FullPage = true });

        // The audit trail: one acknowledgement per level, by the user who read it.
        var order = await Server.Api.Get(id);
        var acks = order.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == "escalation-acknowledged")
            .Select(e => (Level: Text(e, "reason"), By: Text(e, "actor")))
            .ToArray();
        Assert.Equal([("department-head", Logins.RlLs), ("centre", Logins.Dispatcher), ("leadership", Logins.Leader)], acks);
        Session.AssertNoPageErrors();
    }

    private static string? Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
