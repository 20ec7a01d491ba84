namespace Hotline.Browser.Tests.Pages;

/// <summary>
/// /leader.html, 领导驾驶舱, and the 提级督办 ladders it shares with the dispatcher console's 督办 card: one item per
/// order, three rungs (department-head, centre, leadership), each with its state (none / open / read).
/// </summary>
public sealed class LeaderPage(IPage page)
{
    public IPage Page => page;

    /// <summary>The month's figures are on screen (body[data-loaded] names the month).</summary>
    public Task WaitUntilLoaded(string? month = null) => month is null
        ? Expect(page.Locator("body[data-loaded]")).ToHaveCountAsync(1, new() { Timeout = 20_000 })
        : Expect(page.Locator($"body[data-loaded='{month}']")).ToHaveCountAsync(1, new() { Timeout = 20_000 });

    public ILocator Escalations => page.GetByTestId("escalations");

    public ILocator LevelFilter => page.GetByTestId("escalation-level");

    public ILocator RankingRows => page.GetByTestId("ranking-row");

    public ILocator Cards => page.GetByTestId("card");

    public ILocator HeatTable => page.GetByTestId("heat-table");

    public ILocator TypicalCases => page.GetByTestId("typical-cases");

    /// <summary>One order's ladder inside <paramref name="within"/> (the leader's card or the dispatcher's).</summary>
    public static ILocator Ladder(ILocator within, string orderId) =>
        within.Locator($"[data-testid=escalation][data-order-id='{orderId}']");

    public static ILocator Rung(ILocator ladder, string level) => ladder.Locator($"[data-testid=rung][data-level='{level}']");

    public static ILocator Acknowledge(ILocator ladder, string level) => Rung(ladder, level).GetByTestId("ladder-ack");
}
