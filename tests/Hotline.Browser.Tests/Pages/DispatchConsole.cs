namespace Hotline.Browser.Tests.Pages;

/// <summary>
/// /dispatch.html, the task-force dispatcher's console: the queue (待派单, 退单) with lead and co-handler
/// pickers, the dispatched orders waiting for 签收, and the alert ticker.
/// </summary>
public sealed class DispatchConsole(IPage page)
{
    public IPage Page => page;

    public ILocator QueueRows => page.GetByTestId("queue-row");

    public ILocator QueueRow(string orderId) => page.Locator($"[data-testid=queue-row][data-order-id='{orderId}']");

    /// <summary>The lead (主办) select of a queued order; its value is a department code, "" for none.</summary>
    public ILocator Lead(string orderId) => QueueRow(orderId).GetByTestId("lead");

    public ILocator CoHandlers(string orderId) => QueueRow(orderId).GetByTestId("co-handlers");

    public ILocator DispatchButton(string orderId) => QueueRow(orderId).GetByTestId("dispatch");

    public ILocator RowError(string orderId) => QueueRow(orderId).GetByTestId("row-error");

    /// <summary>Who returned a returned order, when, and on what grounds.</summary>
    public ILocator ReturnGrounds(string orderId) => QueueRow(orderId).GetByTestId("return-grounds");

    public ILocator Waited(string orderId) => QueueRow(orderId).GetByTestId("waited");

    public ILocator WaitingRow(string orderId) => page.Locator($"[data-testid=waiting-row][data-order-id='{orderId}']");

    /// <summary>The 签收 countdown of one department on a dispatched order.</summary>
    public ILocator AcceptClock(string orderId, string department) =>
        WaitingRow(orderId).Locator($"[data-testid=clock][data-clock-name=accept][data-department='{department}']");

    public ILocator Alert(string orderId, string kind) =>
        page.Locator($"[data-testid=alert][data-order-id='{orderId}'][data-kind='{kind}']");

    public ILocator BoardLink => page.GetByTestId("board-link");

    /// <summary>Picks the lead and the co-handlers (checked in the drop-down) and presses 派单 / 改派.</summary>
    public async Task Dispatch(string orderId, string lead, params string[] coHandlers)
    {
        await Lead(orderId).SelectOptionAsync(lead);
        if (coHandlers.Length > 0)
        {
            var picker = CoHandlers(orderId);
            await picker.Locator("summary").ClickAsync();
            foreach (var code in coHandlers) await picker.Locator($"label[data-code='{code}'] input").CheckAsync();
            await picker.Locator("summary").ClickAsync();
        }
        await DispatchButton(orderId).ClickAsync();
    }
}
