using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

// Two server collections in one assembly would otherwise run side by side: two silos and two Chromiums on 2 cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Hotline.Browser.Tests.Infrastructure;

/// <summary>
/// The whole system on a fake clock: the silo's grains and reminders follow a <see cref="FakeTimeProvider"/> that
/// starts at a fixed working-day instant (<see cref="Start"/>), so a test jumps an order past 100 / 150 / 200 % of its
/// clock in an instant and a played month is always the same month. Orleans' own loops stay on real time, and so does
/// the dashboard (pages count down from the server's instants; a jumped clock simply shows as overdue).
/// </summary>
public sealed class FakeTimeHotlineServer : IAsyncLifetime
{
    /// <summary>Tuesday 10 November 2026, 09:00 in Lüliang: a working day, no holiday near.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 10, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private IHost? _silo;
    private WebApplicationFactory<Program>? _dashboard;
    private Task? _ticker;

    public FakeTimeProvider Time { get; } = new(Start);

    /// <summary>http://127.0.0.1:{port}, what Chromium opens.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public HotlineApi Api { get; private set; } = null!;

    /// <summary>The silo's own grain factory, for steps a test plays straight on the grains (a generated month).</summary>
    public IGrainFactory Grains { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var serviceId = Azurite.NewServiceId("browser-fake");
        var clusterId = $"cluster-{Guid.NewGuid():N}";
        _silo = await SiloProcess.Start(serviceId, clusterId, Time);
        Grains = _silo.Services.GetRequiredService<IGrainFactory>();
        _ticker = RunTicker(_stop.Token);

        (_dashboard, var address) = DashboardServer.Start(serviceId, clusterId);
        BaseAddress = address;
        Api = new HotlineApi(BaseAddress);
        await Api.TokenFor(Logins.Dispatcher);
    }

    /// <summary>Moves the fake clock on by <paramref name="by"/>: every threshold that falls due fires.</summary>
    public void Advance(TimeSpan by)
    {
        lock (_gate) Time.Advance(by);
    }

    /// <summary>Moves the fake clock to <paramref name="instant"/> unless it is already there or later.</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        lock (_gate)
        {
            if (instant > Time.GetUtcNow()) Time.SetUtcNow(instant);
        }
    }

    /// <summary>
    /// The fake clock also runs at real speed between jumps: memory streams are pulled on timers that follow it (the
    /// figures' hand-count test nudges its clock for the same reason), so without this the live screens and the figure
    /// shards would hear of nothing until the next jump.
    /// </summary>
    private async Task RunTicker(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Tick);
        try
        {
            while (await timer.WaitForNextTickAsync(stop)) Advance(Tick);
        }
        catch (OperationCanceledException)
        {
            // Stopped with the fixture.
        }
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_ticker is not null) await _ticker;
        Api?.Dispose();
        if (_dashboard is not null) await _dashboard.DisposeAsync();
        if (_silo is not null)
        {
            await _silo.StopAsync();
            _silo.Dispose();
        }
        _stop.Dispose();
    }
}

/// <summary>The fake-time browser tests share one fake-time server and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class FakeTimeCollection : ICollectionFixture<FakeTimeHotlineServer>
{
    public const string Name = "browser-fake-time";
}
