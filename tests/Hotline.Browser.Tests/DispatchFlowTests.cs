using System.Diagnostics;
using System.Globalization;
using Hotline.Browser.Tests.Infrastructure;
using Hotline.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Hotline.Browser.Tests;

/// <summary>
/// The closed loop as the people in it see it, three windows side by side: the seat creates a heating order,
/// the dispatcher sends it to 离石区集中供热公司 (RL-LS), whose open console shows it within a second and
/// accepts it, while the big screen's figures and lists move live.
/// </summary>
public sealed class DispatchFlowTests(HotlineServer server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private static readonly TimeSpan WithinASecond = TimeSpan.FromSeconds(1);


    [Fact]
    public async Task A_seats_heating_order_reaches_the_handlers_console_within_a_second_of_dispatch_and_is_accepted_there()
    {
        var board = new BoardPage(await Session.NewPage(BrowserSession.BigScreen));
        await LoginPage.SignIn(board.Page, Logins.Leader, "/leader.html");
        await board.Page.GotoAsync("/board.html");
        var handler = new DepartmentConsole(await Session.NewPage());
        await LoginPage.SignIn(handler.Page, Logins.RlLs, "/department.html");
        var seat = new SeatConsole(await Session.NewPage());
        await LoginPage.SignIn(seat.Page, Logins.Seat1, "/seat.html");
        await LivePage.WaitUntilLive(board.Page);
        await LivePage.WaitUntilLive(handler.Page);
        await seat.WaitUntilReady();

        var received = await board.Count("received");
        var dispatched = await board.Count("dispatched");
        var open = await board.Count("open");

        // The seat takes the call: available, then the form, then wrap-up. The board follows each step.
        await seat.SetStatus("available");
        await Expect(board.Seat("S001")).ToHaveAttributeAsync("data-status", "available");
        var id = await seat.CreateOrder(new Intake(
            Phone: HotlineApi.UniquePhone(),
            Title: "暖气不热，室温只有 14 度",
            Address: "离石区滨河北路 12 号院 3 单元 502",
            Content: "家中暖气片温度很低，室温只有 14 度，家里有老人孩子，请尽快派人处理。"));
        await Expect(seat.Created).ToHaveAttributeAsync("data-status", "pending-dispatch");
        await seat.SetStatus("wrap-up");

        await Expect(board.Stat("received")).ToHaveTextAsync(Text(received + 1));
        await Expect(board.Stat("open")).ToHaveTextAsync(Text(open + 1));
        await Expect(board.Alert(id, "received")).ToBeVisibleAsync();
        await Expect(board.Seat("S001")).ToHaveAttributeAsync("data-status", "wrap-up");
        // Not dispatched yet: no clock runs, so it is on nobody's near-breach list or console.
        await Expect(board.Order(id)).ToHaveCountAsync(0);
        await Expect(handler.Row(id)).ToHaveCountAsync(0);

        // The dispatcher sends it to RL-LS; the handler's console, open all along, shows it within a second.
        await Server.Api.Dispatch(id, "RL-LS");
        var sinceDispatch = Stopwatch.StartNew();
        await handler.Page.WaitForFunctionAsync(
            "id => document.querySelector(`[data-testid=order-row][data-order-id='${id}'][data-status=dispatched]`) !== null",
            id, new() { Timeout = Remaining(sinceDispatch) });
        var shownAfter = sinceDispatch.Elapsed;
        await Expect(handler.Row(id)).ToBeVisibleAsync(new() { Timeout = Remaining(sinceDispatch) });
        Session.Log($"order {id} on RL-LS's console {shownAfter.TotalMilliseconds:0} ms after the dispatch call returned");
        await Expect(handler.Toast(id)).ToBeVisibleAsync();
        await Expect(handler.Clock(id, "accept")).ToHaveAttributeAsync("data-clock-state", "running");

        await Expect(board.Stat("dispatched")).ToHaveTextAsync(Text(dispatched + 1));
        await Expect(board.Order(id)).ToBeVisibleAsync();
        await Expect(board.OrderLead(id)).ToHaveTextAsync("离石区集中供热公司");
        await Expect(board.OrderClock(id)).ToHaveTextAsync("签收");
        await Expect(board.Alert(id, "dispatch")).ToBeVisibleAsync();

        // The handler accepts on the console: the row turns accepted, the accept clock stops, reply opens up.
        await handler.Button(id, "accept").ClickAsync();
        await Expect(handler.Row(id)).ToHaveAttributeAsync("data-status", "accepted");
        await Expect(handler.Button(id, "accept")).ToBeDisabledAsync();
        await Expect(handler.Button(id, "reply")).ToBeEnabledAsync();
        await Expect(handler.Clock(id, "accept")).ToHaveCountAsync(0);
        var order = await Server.Api.Get(id);
        Assert.Equal("accepted", order.GetProperty("status").GetString());
        // On the board the order's nearest clock is now the task force's same-day deadline; the figures stay.
        await Expect(board.OrderClock(id)).ToHaveTextAsync("当日办结");
        await Expect(board.Stat("open")).ToHaveTextAsync(Text(open + 1));
        await Expect(board.Stat("dispatched")).ToHaveTextAsync(Text(dispatched + 1));

        await board.Page.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("board.png") });
        await handler.Page.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("department-console.png"), FullPage = true });
        await seat.Page.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("seat-console.png"), FullPage = true });
        Session.AssertNoPageErrors();
    }

    private static float Remaining(Stopwatch since) =>
        (float)Math.Max(1, (WithinASecond - since.Elapsed).TotalMilliseconds);

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
