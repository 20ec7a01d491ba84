using Xunit.Abstractions;

namespace Hotline.Browser.Tests.Infrastructure;

/// <summary>
/// A browser test class: the shared server, one browser per class, and a session per test whose
/// contexts (one per person in the test) are closed when the test ends.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(HotlineServer server, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    protected HotlineServer Server { get; } = server;

    protected BrowserSession Session { get; } = new(browser, server.BaseAddress, output);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Session.DisposeAsync().AsTask();
}
