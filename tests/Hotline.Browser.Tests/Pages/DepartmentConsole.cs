namespace Hotline.Browser.Tests.Pages;

/// <summary>/department.html, a department's console: its open orders with clock chips and actions.</summary>
public sealed class DepartmentConsole(IPage page)
{
    public IPage Page => page;

    public ILocator Rows => page.GetByTestId("order-row");

    public ILocator Row(string orderId) => page.Locator($"[data-testid=order-row][data-order-id='{orderId}']");

    /// <summary>The chip of one clock (accept, completion, same-day…) on an order's row.</summary>
    public ILocator Clock(string orderId, string clockName) =>
        Row(orderId).Locator($"[data-testid=clock][data-clock-name='{clockName}']");

    public ILocator Button(string orderId, string action) => Row(orderId).GetByTestId(action);

    public ILocator Toast(string orderId) => page.Locator($"[data-testid=toast][data-order-id='{orderId}']");

    /// <summary>The console's message line (a refused screen, a missing department).</summary>
    public ILocator Banner => page.Locator("#banner");
}
