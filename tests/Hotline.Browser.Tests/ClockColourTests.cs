using System.Text.Json;
using System.Text.RegularExpressions;
using Hotline.Browser.Tests.Infrastructure;
using Hotline.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Hotline.Browser.Tests;

/// <summary>
/// Countdown colours on the department console. The page recolours its chips every second from Date.now(),
/// so Playwright's clock moves the page's time forward; the server and the SignalR connection stay on real time.
/// </summary>
public sealed class ClockColourTests(HotlineServer server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{

    [Fact]
    public async Task An_accept_clock_past_75_percent_turns_amber_on_the_department_console()
    {
        var page = await Session.NewPage();
        // Installed before the page loads, so its timers and Date are the fake ones from the start (running at real pace).
        await page.Clock.InstallAsync(new() { TimeDate = DateTime.UtcNow });
        await LoginPage.SignIn(page, Logins.RlLs, "/department.html");
        await LivePage.WaitUntilLive(page);
        var console = new DepartmentConsole(page);

        var id = await Server.Api.CreateHeatingOrder("暖气片不热，室温 12 度", "离石区凤山街道龙凤北大街 36 号 2 单元");
        var order = await Server.Api.Dispatch(id, "RL-LS");
        var accept = HotlineApi.Clock(order, "accept", "RL-LS");
        var started = HotlineApi.Instant(accept, "startedAt");
        var due = HotlineApi.Instant(accept, "dueAt");
        var amberAt = accept.TryGetProperty("amberAt", out var a) && a.ValueKind == JsonValueKind.String
            ? HotlineApi.Instant(accept, "amberAt")
            : started + (due - started) * 0.75;
        // Heating: 30 natural minutes to accept, amber from 22.5.
        Assert.Equal(TimeSpan.FromMinutes(30), due - started);
        Assert.Equal(TimeSpan.FromMinutes(22.5), amberAt - started);

        var chip = console.Clock(id, "accept");
        await Expect(chip).ToBeVisibleAsync();
        await Expect(chip).ToHaveAttributeAsync("data-clock-state", "running");

        // 23 minutes after dispatch: past 75 %, not yet due. Date.now() jumps without firing timers;
        // the page's own one-second tick then recolours the chip.
        var later = started + TimeSpan.FromMinutes(23);
        await page.Clock.SetSystemTimeAsync(later.UtcDateTime);
        var pageNow = DateTimeOffset.FromUnixTimeMilliseconds((long)await page.EvaluateAsync<double>("Date.now()"));
        Session.Log($"page time now {pageNow:O}, amber at {amberAt:O}, due {due:O}");
        Assert.InRange(pageNow, amberAt, due);

        await Expect(chip).ToHaveAttributeAsync("data-clock-state", "amber", new() { Timeout = 5_000 });
        await Expect(console.Row(id)).ToHaveAttributeAsync("data-level", new Regex("^(amber|red)$"));
        await page.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("department-console-amber.png"), FullPage = true });
        Session.AssertNoPageErrors();
    }
}
