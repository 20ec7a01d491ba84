using Hotline.Contracts.Orders;
using Hotline.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Hotline.Integration.Tests.Telemetry;

/// <summary>A clock that fires late (the fake clock jumps past its due instant) records that lateness and a breach.</summary>
public sealed class ClockLatenessTests : IAsyncLifetime
{
    // Tuesday 1 December 2026, 10:00 in Lüliang: a working day in the heating season.
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly FakeTimeProvider _time = new(Start);
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await HotlineTestCluster.Start(Azurite.NewServiceId("otel"), _time);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task A_breach_seen_seven_seconds_late_records_7000_ms_of_lateness_and_one_overdue()
    {
        using var probe = new TelemetryProbe();
        const string id = "20261201-OTEL1";
        var order = _cluster.Client.GetGrain<IWorkOrderGrain>(id);
        Assert.Null((await order.Create(GasLeak())).Error);
        Assert.Null((await order.Dispatch(new DispatchOrder("dispatcher:zhang", "RQ", []))).Error);

        // The accept clock (15 min for a gas leak) is due at 10:15; the clock only moves on at 10:15:07.
        _time.SetUtcNow(Start.AddMinutes(15).AddSeconds(7));
        await Eventually.Get(() => order.Get(), o => o!.Events.Any(e => e.Action == "clock-breach"), "the accept clock's breach");

        var lateness = probe.Of("hotline.clocks.lateness", id);
        var breach = Assert.Single(lateness, m => Equals(m.Tags["signal"], "Breach"));
        Assert.Equal("Accept", breach.Tags["clock"]);
        Assert.Equal(7000, breach.Value, precision: 3);
        // Every threshold that fired is measured: accept 50/75/90/100 %, emergency answer 50 %.
        Assert.Equal(5, lateness.Count);
        var overdue = Assert.Single(probe.Of("hotline.orders.overdue", id));
        Assert.Equal("Accept", overdue.Tags["clock"]);
    }

    private static CreateOrder GasLeak() => new("seat:1001", "热线电话", new CallerInfoDto("13800009998", "赵女士", "citizen"),
        "141102", "离石区龙凤南路 3 号", null, null, "燃气", "楼道有燃气泄漏味道", "闻到很浓的燃气味，担心爆炸，请立即派人。", "life-safety", null);
}
