using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace Hotline.Browser.Tests.Infrastructure;

/// <summary>
/// One test's browser windows: a fresh context per person (own cookies), zh-CN in Asia/Shanghai, pointed at
/// a test server (the real-time or the fake-time one). What the pages print as errors goes to the test output; uncaught page exceptions are
/// collected so a test can insist there were none.
/// </summary>
public sealed class BrowserSession(BrowserFixture browser, Uri server, ITestOutputHelper output) : IAsyncDisposable
{
    public static readonly ViewportSize BigScreen = new() { Width = 1920, Height = 1080 };
    public static readonly ViewportSize Desktop = new() { Width = 1600, Height = 900 };

    private readonly List<IBrowserContext> _contexts = [];
    private readonly ConcurrentQueue<string> _pageErrors = new();

    public IReadOnlyCollection<string> PageErrors => _pageErrors;

    public async Task<IPage> NewPage(ViewportSize? viewport = null)
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = server.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = viewport ?? Desktop,
        });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning") Log($"[console.{message.Type}] {page.Url}: {message.Text}");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) Log($"[http {response.Status}] {response.Request.Method} {response.Url}");
        };
        page.PageError += (_, error) =>
        {
            _pageErrors.Enqueue($"{page.Url}: {error}");
            Log($"[pageerror] {page.Url}: {error}");
        };
        return page;
    }

    /// <summary>Uncaught exceptions in any page of this test, as evidence of a page bug.</summary>
    public void AssertNoPageErrors() =>
        Assert.True(_pageErrors.IsEmpty, "Uncaught page errors:\n" + string.Join("\n", _pageErrors));

    public void Log(string line)
    {
        try
        {
            output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {line}");
        }
        catch (InvalidOperationException)
        {
            // A page event after the test ended has nowhere to go.
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
        _contexts.Clear();
    }
}
