using System.Text;
using System.Text.RegularExpressions;
using Hotline.Browser.Tests.Infrastructure;
using Hotline.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Hotline.Browser.Tests;

/// <summary>
/// The heating task force's dispatcher at work: a seat's order in 离石区 arrives in the queue with
/// 离石区集中供热公司 (RL-LS) pre-selected, is dispatched from the page and waits for 签收 with a running
/// countdown while RL-LS's console shows it; RL-LS returns it, the grounds show in the queue, and the
/// dispatcher re-dispatches it to 孝义市热力公司 (RL-XY) with 住建局 as co-handler.
/// </summary>
public sealed class DispatchConsoleTests(HotlineServer server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private const string Grounds = "该小区由孝义市热力公司代管供热，不属我公司管网，请改派";
    private static readonly Regex Countdown = new(@"^签收\s*\d{2}:\d{2}$");


    [Fact]
    public async Task A_heating_order_is_dispatched_from_the_queue_returned_with_grounds_and_redispatched()
    {
        var console = new DispatchConsole(await Session.NewPage());
        await LoginPage.SignIn(console.Page, Logins.Dispatcher, "/dispatch.html");
        var handler = new DepartmentConsole(await Session.NewPage());
        await LoginPage.SignIn(handler.Page, Logins.RlLs, "/department.html");
        await LivePage.WaitUntilLive(console.Page);
        await LivePage.WaitUntilLive(handler.Page);
        await Expect(console.BoardLink).ToHaveAttributeAsync("href", "/board.html?taskforce=HEATING");

        // Three calls: 离石区 (the one followed), 临县 (no heating company of its own) and 孝义市, already with RL-XY.
        var id = await Server.Api.CreateHeatingOrder("暖气不热，室温只有 14 度", "离石区滨河北路 12 号院 3 单元 502");
        var linxian = await Server.Api.CreateHeatingOrder("楼道暖气管道漏水", "临县临泉镇新华街 6 号", districtCode: "141124");
        var xiaoyi = await Server.Api.CreateHeatingOrder("整栋楼暖气不热", "孝义市胜溪湖街道府前街 8 号", districtCode: "141181");
        await Server.Api.Dispatch(xiaoyi, "RL-XY");

        // Live, oldest first, RL-LS pre-selected for 离石区 and nobody for 临县.
        await Expect(console.QueueRow(id)).ToHaveAttributeAsync("data-status", "pending-dispatch");
        await Expect(console.QueueRow(linxian)).ToBeVisibleAsync();
        await Expect(console.Lead(id)).ToHaveValueAsync("RL-LS");
        await Expect(console.Lead(linxian)).ToHaveValueAsync("");
        await Expect(console.Waited(id)).ToHaveTextAsync(new Regex(@"^已等待 \d{2}:\d{2}$"));
        Assert.True(await console.QueueRow(id).EvaluateAsync<bool>("(row, other) => row.compareDocumentPosition(document.querySelector(`[data-testid=queue-row][data-order-id='${other}']`)) === Node.DOCUMENT_POSITION_FOLLOWING", linxian),
            "the older order should come first");
        await Expect(console.AcceptClock(xiaoyi, "RL-XY")).ToHaveAttributeAsync("data-clock-state", "running");

        // No lead: said on the row, nothing sent. A refusal from the Server: its message, not its JSON.
        await console.DispatchButton(linxian).ClickAsync();
        await Expect(console.RowError(linxian)).ToHaveTextAsync("请先选择主办单位");
        await console.Page.RouteAsync($"**/api/orders/{linxian}/dispatch", route => route.ContinueAsync(new()
        {
            PostData = Encoding.UTF8.GetBytes("""{"lead":"ZJJ","coHandlers":["ZJJ"]}"""),
        }));
        await console.Dispatch(linxian, "ZJJ");
        await Expect(console.RowError(linxian)).ToContainTextAsync("协办单位不能包含主办单位");
        await Expect(console.RowError(linxian)).Not.ToContainTextAsync("{");
        await Expect(console.CoHandlers(linxian)).ToHaveClassAsync(new Regex(@"\binvalid\b"));
        await Expect(console.QueueRow(linxian)).ToHaveAttributeAsync("data-status", "pending-dispatch");
        await console.Page.UnrouteAsync($"**/api/orders/{linxian}/dispatch");

        // 派单 with the pre-selected lead: out of the queue, into the waiting list with a running 签收 countdown.
        await console.DispatchButton(id).ClickAsync();
        await Expect(console.QueueRow(id)).ToHaveCountAsync(0);
        await Expect(console.WaitingRow(id)).ToHaveAttributeAsync("data-status", "dispatched");
        var chip = console.AcceptClock(id, "RL-LS");
        await Expect(chip).ToHaveAttributeAsync("data-clock-state", "running");
        await Expect(chip).ToHaveTextAsync(Countdown);
        var shown = await chip.InnerTextAsync();
        await Expect(chip).Not.ToHaveTextAsync(shown, new() { Timeout = 5_000 });
        await Expect(handler.Row(id)).ToHaveAttributeAsync("data-status", "dispatched");
        await Expect(handler.Clock(id, "accept")).ToHaveAttributeAsync("data-clock-state", "running");
        Assert.Equal("RL-LS", (await Server.Api.Get(id)).GetProperty("lead").GetString());

        // RL-LS returns it: back in the queue, with who returned it and why, and nobody pre-selected.
        await Server.Api.Return(id, "RL-LS", Grounds, Logins.RlLs);
        await Expect(console.QueueRow(id)).ToHaveAttributeAsync("data-status", "returned");
        await Expect(console.WaitingRow(id)).ToHaveCountAsync(0);
        await Expect(console.ReturnGrounds(id)).ToContainTextAsync(Grounds);
        await Expect(console.ReturnGrounds(id)).ToContainTextAsync("离石区集中供热公司");
        await Expect(console.Lead(id)).ToHaveValueAsync("");
        await Expect(console.DispatchButton(id)).ToHaveTextAsync("改派");
        await Expect(console.Alert(id, "return")).ToBeVisibleAsync();
        await console.Page.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("dispatch-console.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });

        // 改派 to RL-XY, with 住建局 (ZJJ) as co-handler: waiting for both to 签收 now, RL-LS no more.
        await console.Dispatch(id, "RL-XY", "ZJJ");
        await Expect(console.QueueRow(id)).ToHaveCountAsync(0);
        await Expect(console.AcceptClock(id, "RL-XY")).ToHaveAttributeAsync("data-clock-state", "running");
        await Expect(console.AcceptClock(id, "ZJJ")).ToHaveAttributeAsync("data-clock-state", "running");
        await Expect(console.AcceptClock(id, "RL-LS")).ToHaveCountAsync(0);
        await Expect(console.WaitingRow(id)).ToContainTextAsync("孝义市热力公司");
        var order = await Server.Api.Get(id);
        Assert.Equal("dispatched", order.GetProperty("status").GetString());
        Assert.Equal("RL-XY", order.GetProperty("lead").GetString());
        Assert.Equal("ZJJ", Assert.Single(order.GetProperty("coHandlers").EnumerateArray()).GetString());
        Session.AssertNoPageErrors();
    }
}
