using System.Net;
using System.Net.Sockets;
using Hotline.Telemetry;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;

namespace Hotline.Silo.Hosting;

/// <summary>
/// The silo's telemetry: the shared wiring (traces, meters, OTLP) plus its own Prometheus endpoint, since the
/// grains' order metrics are recorded here and the dashboard's /metrics only sees the dashboard process.
/// </summary>
public static class TelemetrySiloSetup
{
    public static IHostApplicationBuilder AddHotlineSiloTelemetry(this IHostApplicationBuilder builder, HotlineOptions silo)
    {
        var telemetry = builder.AddHotlineTelemetry("hotline-silo");
        var port = PrometheusPort(builder.Configuration.TelemetryOptions().PrometheusPort, silo.SiloPort);
        // A taken port must not stop the silo (the exporter throws at start): it then runs without its scrape endpoint.
        if (port > 0 && IsFree(port))
            telemetry.WithMetrics(metrics => metrics.AddPrometheusHttpListener(o => o.Port = port));
        return builder;
    }

    /// <summary>Silos side by side on one host (run.sh --silos 3) sit on consecutive silo ports: offset the same way.</summary>
    public static int PrometheusPort(int configured, int siloPort) =>
        configured <= 0 ? 0 : configured + Math.Max(0, siloPort - new HotlineOptions().SiloPort);

    private static bool IsFree(int port)
    {
        try
        {
            using var probe = new TcpListener(IPAddress.Loopback, port);
            probe.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
