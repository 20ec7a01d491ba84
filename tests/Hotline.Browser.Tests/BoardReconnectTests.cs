using System.Text.RegularExpressions;
using Hotline.Browser.Tests.Infrastructure;
using Hotline.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Hotline.Browser.Tests;

/// <summary>The big screen survives a dropped connection: it shows it, reconnects by itself and is live again.</summary>
public sealed class BoardReconnectTests(HotlineServer server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{

    [Fact]
    public async Task The_board_reconnects_after_its_connection_drops_and_is_live_again()
    {
        var page = await Session.NewPage(BrowserSession.BigScreen);
        // Every WebSocket to the hub goes through this route, so the test can cut the current one.
        var sockets = 0;
        IWebSocketRoute? current = null;
        await page.RouteWebSocketAsync(new Regex("/hubs/dispatch"), socket =>
        {
            Interlocked.Increment(ref sockets);
            Volatile.Write(ref current, socket);
            socket.ConnectToServer();
        });
        await LoginPage.SignIn(page, Logins.Leader, "/leader.html");
        await page.GotoAsync("/board.html");
        await LivePage.WaitUntilLive(page);
        var board = new BoardPage(page);
        var received = await board.Count("received");
        Assert.Equal(1, Volatile.Read(ref sockets));

        await Volatile.Read(ref current)!.CloseAsync(new() { Code = 4000, Reason = "test: connection dropped" });
        var connection = LivePage.Connection(page);
        await Expect(connection).ToHaveAttributeAsync("data-state", new Regex("^(reconnecting|disconnected)$"), new() { Timeout = 5_000 });
        await Expect(connection).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 20_000 });
        Assert.True(Volatile.Read(ref sockets) >= 2, $"expected a new WebSocket after the drop, saw {sockets}");

        // Live again: a new order moves the figures and raises an alert without a reload.
        var id = await Server.Api.CreateHeatingOrder("单元楼暖气停了一整天", "离石区永宁东路 58 号");
        await Expect(board.Stat("received")).ToHaveTextAsync((received + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(board.Alert(id, "received")).ToBeVisibleAsync();
        Session.AssertNoPageErrors();
    }
}
