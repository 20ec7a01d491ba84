namespace Hotline.Browser.Tests.Pages;

/// <summary>/seat.html, the seat console: the intake form, the seat's status switch, the created order.</summary>
public sealed class SeatConsole(IPage page)
{
    public IPage Page => page;

    private ILocator Form => page.Locator("form#intake");

    private ILocator Field(string name) => Form.Locator($"[name='{name}']");

    public ILocator Created => page.GetByTestId("created-order");

    public ILocator Error(string field) => page.GetByTestId($"error-{field}");

    /// <summary>The page has read its reference data into the selects.</summary>
    public async Task WaitUntilReady()
    {
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 20_000 });
        await Expect(Field("districtCode").Locator("option[value='141102']")).ToHaveCountAsync(1);
    }

    public async Task SetStatus(string status)
    {
        await page.GetByTestId($"status-{status}").ClickAsync();
        await Expect(page.GetByTestId("seat-status")).ToHaveAttributeAsync("data-status", status);
    }

    /// <summary>Types the call into the form as a seat would and creates the order; returns its id.</summary>
    public async Task<string> CreateOrder(Intake intake)
    {
        await Field("channel").SelectOptionAsync(intake.Channel);
        await Field("phone").FillAsync(intake.Phone);
        await Field("callerName").FillAsync(intake.CallerName);
        await Form.Locator($"[name='callerType'][value='{intake.CallerType}']").CheckAsync();
        await Field("districtCode").SelectOptionAsync(intake.DistrictCode);
        await Field("category").SelectOptionAsync(intake.Category);
        await Field("address").FillAsync(intake.Address);
        await Field("urgency").SelectOptionAsync(intake.Urgency);
        await Field("title").FillAsync(intake.Title);
        await Field("content").FillAsync(intake.Content);
        await page.GetByTestId("create").ClickAsync();
        await Expect(Created).ToBeVisibleAsync();
        var id = await Created.GetAttributeAsync("data-order-id");
        Assert.False(string.IsNullOrEmpty(id), "created-order has no data-order-id");
        return id!;
    }
}
