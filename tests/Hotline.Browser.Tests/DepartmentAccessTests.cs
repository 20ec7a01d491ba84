using Hotline.Browser.Tests.Infrastructure;
using Hotline.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Hotline.Browser.Tests;

/// <summary>A department sees its own orders and nobody else's, in the browser as in the API.</summary>
public sealed class DepartmentAccessTests(HotlineServer server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{

    [Fact]
    public async Task Opening_another_departments_console_is_refused()
    {
        var page = await Session.NewPage();
        await LoginPage.SignIn(page, Logins.RlLs, "/department.html");
        await LivePage.WaitUntilLive(page);

        await page.GotoAsync("/department.html?code=RL-XY");
        var console = new DepartmentConsole(page);
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        await Expect(console.Banner).ToBeVisibleAsync();
        await Expect(console.Banner).ToHaveTextAsync("无权查看该屏幕的工单");
        await Expect(console.Rows).ToHaveCountAsync(0);
        Session.AssertNoPageErrors();
    }

    [Fact]
    public async Task A_department_console_shows_its_own_orders_only()
    {
        var ls = new DepartmentConsole(await Session.NewPage());
        await LoginPage.SignIn(ls.Page, Logins.RlLs, "/department.html");
        var xy = new DepartmentConsole(await Session.NewPage());
        await LoginPage.SignIn(xy.Page, Logins.RlXy, "/department.html");
        await LivePage.WaitUntilLive(ls.Page);
        await LivePage.WaitUntilLive(xy.Page);

        var forXy = await Server.Api.CreateHeatingOrder("小区整栋楼暖气不热", "孝义市胜溪湖街道府前街 8 号");
        var forLs = await Server.Api.CreateHeatingOrder("暖气管道漏水", "离石区滨河北路 12 号院 3 单元");
        await Server.Api.Dispatch(forXy, "RL-XY");
        await Expect(xy.Row(forXy)).ToBeVisibleAsync();
        // Dispatched only after RL-XY's order reached a screen: had it been pushed to RL-LS as well, it would
        // have come down RL-LS's connection before this one.
        await Server.Api.Dispatch(forLs, "RL-LS");
        await Expect(ls.Row(forLs)).ToBeVisibleAsync();
        await Expect(ls.Row(forXy)).ToHaveCountAsync(0);
        await Expect(xy.Row(forLs)).ToHaveCountAsync(0);
        Session.AssertNoPageErrors();
    }
}
