using System.Net;
using Hotline.Integration.Tests.Infrastructure;

namespace Hotline.Integration.Tests.Telemetry;

/// <summary>The order meters as the API drives an order, and the dashboard's Prometheus endpoint that serves them.</summary>
[Collection(ApiCollection.Name)]
public sealed class OrderMetricsTests(ApiFixture fixture)
{
    [Fact]
    public async Task Create_dispatch_and_accept_record_received_dispatched_and_time_to_accept_once_each()
    {
        using var probe = new TelemetryProbe();
        var id = await new OrderApi(fixture).OrderIn(OrderApi.States.Accepted);

        var received = Assert.Single(probe.Of("hotline.orders.received", id));
        Assert.Equal(1, received.Value);
        Assert.Equal("141102", received.Tags["district"]);
        Assert.Single(probe.Of("hotline.orders.dispatched", id));
        // Only the lead accepted; the co-handler ZJJ has not.
        var accept = Assert.Single(probe.Of("hotline.orders.time_to_accept", id));
        Assert.Equal("Lead", accept.Tags["role"]);
        Assert.InRange(accept.Value, 0, 60);
        Assert.Empty(probe.Of("hotline.orders.closed", id));
    }

    [Fact]
    public async Task Metrics_are_served_at_slash_metrics_without_a_login()
    {
        await new OrderApi(fixture).OrderIn(OrderApi.States.Pending);

        // The exporter caches a scrape briefly: a scrape taken just before the order may still be served.
        var text = await Eventually.Get(async () =>
        {
            var response = await fixture.Http.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
            return await response.Content.ReadAsStringAsync();
        }, t => t.Contains("hotline_orders_received"), "hotline_orders_received on /metrics");
        Assert.Contains("# TYPE hotline_orders_received", text);
    }
}
