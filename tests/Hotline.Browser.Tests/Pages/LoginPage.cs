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
        // A deadline, not a pause: the redirect comes as soon as the home page has loaded. Generous because
        // dotnet test runs the assemblies side by side, and on 2 cores the first sign-in after a replayed
        // month (hundreds of events still being consumed) once took longer than 15 s in CI.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == expectedHome, new() { Timeout = 30_000 });
    }
}
