using Xunit.Abstractions;

namespace Hotline.Browser.Tests.Infrastructure;

/// <summary>
/// A browser test on the fake-time server: one browser per class, and a session per test whose contexts (one
/// per person in the test) are closed when the test ends, as <see cref="BrowserTest"/> does on the real-time server.
/// </summary>
[Collection(FakeTimeCollection.Name)]
public abstract class FakeTimeBrowserTest(FakeTimeHotlineServer server, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    protected FakeTimeHotlineServer Server { get; } = server;

    protected BrowserSession Session { get; } = new(browser, server.BaseAddress, output);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Session.DisposeAsync().AsTask();
}
