namespace Hotline.Browser.Tests.Pages;

/// <summary>/board.html, the big screen: KPI tiles, the near-breach list, alerts, seats.</summary>
public sealed class BoardPage(IPage page)
{
    public IPage Page => page;

    /// <summary>stat-received, stat-dispatched, stat-completed, stat-same-day-rate, stat-overdue, stat-open.</summary>
    public ILocator Stat(string name) => page.GetByTestId($"stat-{name}");

    public Task<int> Count(string name) => LivePage.Number(Stat(name));

    public ILocator Order(string orderId) => page.Locator($"[data-testid=board-order][data-order-id='{orderId}']");

    /// <summary>The lead department's name on a near-breach row (no test id on the cell: its class).</summary>
    public ILocator OrderLead(string orderId) => Order(orderId).Locator(".near-lead");

    /// <summary>The name of the clock a near-breach row counts down (no test id on the cell: its class).</summary>
    public ILocator OrderClock(string orderId) => Order(orderId).Locator(".near-clock");

    public ILocator Alert(string orderId, string kind) =>
        page.Locator($"[data-testid=alert][data-order-id='{orderId}'][data-kind='{kind}']");

    public ILocator Seat(string seatId) => page.Locator($"[data-testid=seat][data-seat-id='{seatId}']");
}
