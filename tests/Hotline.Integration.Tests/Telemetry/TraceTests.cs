using System.Diagnostics;
using System.Net.Http.Json;
using Hotline.Integration.Tests.Infrastructure;
using Hotline.Telemetry;

namespace Hotline.Integration.Tests.Telemetry;

/// <summary>A dashboard request and the grain calls it makes are one trace (Orleans activity propagation, client and silo).</summary>
[Collection(ApiCollection.Name)]
public sealed class TraceTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_dispatch_request_and_the_order_grains_command_span_share_one_trace()
    {
        using var probe = new TelemetryProbe();
        var id = await new OrderApi(fixture).OrderIn(OrderApi.States.Pending);
        var traceId = ActivityTraceId.CreateRandom();

        // A caller that already traces (sampled flag 01) hands its trace id in; everything below must keep it.
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{id}/dispatch")
        {
            Content = JsonContent.Create(new { lead = "RL-LS", coHandlers = new[] { "ZJJ" } }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var response = await fixture.As(Logins.Dispatcher).SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"dispatch → {(int)response.StatusCode}");

        var command = Assert.Single(probe.Activities, a => a.Source.Name == HotlineTelemetry.Name
            && Equals(a.GetTagItem("hotline.order.id"), id) && a.OperationName == "order Dispatch");
        Assert.Equal(traceId, command.TraceId);
        // Between the request and the command: Orleans' grain-call spans, client side and silo side.
        var calls = probe.Activities.Where(a => a.TraceId == traceId && a.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal)).ToList();
        Assert.Contains(calls, a => a.Kind == ActivityKind.Client);
        Assert.Contains(calls, a => a.Kind == ActivityKind.Server && a.SpanId == command.ParentSpanId);
        // The request's own span stops once the response is written.
        await Eventually.True(() => Task.FromResult(probe.Activities.Any(a => a.Source.Name == "Microsoft.AspNetCore" && a.TraceId == traceId)),
            "the dashboard request's span in the same trace");
    }
}
