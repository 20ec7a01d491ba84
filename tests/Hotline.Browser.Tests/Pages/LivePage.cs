using System.Text.RegularExpressions;

namespace Hotline.Browser.Tests.Pages;

/// <summary>What every live screen has: body[data-ready] after the first snapshot and a connection badge.</summary>
public static class LivePage
{
    public static ILocator Connection(IPage page) => page.GetByTestId("connection");

    /// <summary>The first snapshot is on screen and the SignalR connection is up.</summary>
    public static async Task WaitUntilLive(IPage page)
    {
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 20_000 });
        await Expect(Connection(page)).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 20_000 });
    }

    /// <summary>A number shown as text (a KPI, a count), once it is one.</summary>
    public static async Task<int> Number(ILocator locator)
    {
        await Expect(locator).ToHaveTextAsync(new Regex(@"^\d+$"));
        return int.Parse(await locator.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
