using Hotline.Browser.Tests.Infrastructure;

namespace Hotline.Browser.Tests.Pages;

/// <summary>/login.html: user name and password, then the role's home page.</summary>
public static class LoginPage
{
    /// <summary>Signs in through the form and waits for the redirect to <paramref name="expectedHome"/>.</summary>
    public static async Task SignIn(IPage page, string userName, string expectedHome)
    {
        await page.GotoAsync("/login.html");
        await page.Locator("#login-form [name=userName]").FillAsync(userName);
        await page.Locator("#login-form [name=password]").FillAsync(Logins.Password);
        await page.GetByTestId("login").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == expectedHome, new() { Timeout = 15_000 });
    }
}
