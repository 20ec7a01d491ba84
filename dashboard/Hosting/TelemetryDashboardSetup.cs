using Hotline.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Hotline.Dashboard.Hosting;

/// <summary>
/// The dashboard's telemetry: the shared wiring plus ASP.NET Core requests (traces and metrics), trace context
/// carried into grain calls, and the Prometheus scrape endpoint at /metrics.
/// </summary>
public static class TelemetryDashboardSetup
{
    public const string MetricsPath = "/metrics";

    public static IHostApplicationBuilder AddHotlineDashboardTelemetry(this IHostApplicationBuilder builder)
    {
        builder.AddHotlineTelemetry("hotline-dashboard")
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(o => o.Filter = IsTraced))
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddPrometheusExporter());
        // The same client builder as AddHotlineClient's: a request's trace continues into the grains it calls.
        builder.UseOrleansClient(client => client.AddActivityPropagation());
        return builder;
    }

    /// <summary>/metrics needs no login (like /health), and serves nothing but the metrics.</summary>
    public static WebApplication MapHotlineMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath).AllowAnonymous();
        return app;
    }

    // Scrapes and health probes every few seconds would crowd out the traces worth keeping.
    private static bool IsTraced(HttpContext context) =>
        !context.Request.Path.StartsWithSegments(MetricsPath) && !context.Request.Path.StartsWithSegments("/health");
}
