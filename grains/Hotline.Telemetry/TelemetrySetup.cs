using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hotline.Telemetry;

/// <summary>The OpenTelemetry wiring every Hotline process shares; each host adds what only it has (ASP.NET Core, Prometheus).</summary>
public static class TelemetrySetup
{
    private const string OtlpEnvironment = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static TelemetryOptions TelemetryOptions(this IConfiguration configuration) =>
        configuration.GetSection(Telemetry.TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();

    /// <summary>
    /// Traces from the Hotline and Orleans activity sources, sampled ParentBased(TraceIdRatio); metrics from the
    /// Hotline and Orleans meters and the .NET runtime; OTLP for both when an endpoint is configured.
    /// </summary>
    public static OpenTelemetryBuilder AddHotlineTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        var options = builder.Configuration.TelemetryOptions();
        var otlp = options.Otlp is { Length: > 0 } configured ? new Uri(configured)
            : builder.Configuration[OtlpEnvironment] is { Length: > 0 } fromEnvironment ? new Uri(fromEnvironment) : null;
        var ratio = Math.Clamp(options.SamplingRatio, 0, 1);

        return builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(HotlineTelemetry.Name, HotlineTelemetry.OrleansSources)
                    .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(ratio)));
                if (otlp is not null) tracing.AddOtlpExporter(o => o.Endpoint = otlp);
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(HotlineTelemetry.Name, HotlineTelemetry.OrleansMeter)
                    .AddRuntimeInstrumentation()
                    .AddView(OrderMetrics.TimeToAccept.Name, Buckets(60, 300, 900, 1800, 3600, 7200, 14400, 43200, 86400, 259200))
                    .AddView(OrderMetrics.TimeToComplete.Name, Buckets(3600, 14400, 43200, 86400, 172800, 432000, 864000, 1296000))
                    .AddView(OrderMetrics.ClockLateness.Name, Buckets(1, 5, 10, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 60000));
                if (otlp is not null) metrics.AddOtlpExporter(o => o.Endpoint = otlp);
            });
    }

    // Handling times run in minutes to days, lateness in milliseconds: the SDK's default buckets fit neither.
    private static ExplicitBucketHistogramConfiguration Buckets(params double[] bounds) => new() { Boundaries = bounds };
}
