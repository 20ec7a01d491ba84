namespace Hotline.Telemetry;

/// <summary>"Hotline:Telemetry" in appsettings or environment (Hotline__Telemetry__SamplingRatio=1).</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Hotline:Telemetry";

    /// <summary>
    /// Share of new traces kept (ParentBased(TraceIdRatio)): a trace begun upstream keeps its caller's decision.
    /// Tracing every grain call costs most of the throughput (STACK.md), hence 10 % by default.
    /// </summary>
    public double SamplingRatio { get; set; } = 0.1;

    /// <summary>An OTLP endpoint (http://collector:4317); OTEL_EXPORTER_OTLP_ENDPOINT enables OTLP as well.</summary>
    public string? Otlp { get; set; }

    /// <summary>The silo's own Prometheus port (HttpListener); 0 turns it off. The dashboard serves /metrics instead.</summary>
    public int PrometheusPort { get; set; } = 9464;
}
