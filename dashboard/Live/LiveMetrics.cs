using System.Diagnostics.Metrics;
using Hotline.Telemetry;

namespace Hotline.Dashboard.Live;

/// <summary>
/// Where a change's time goes on its way to the screens, in the Hotline meter (no tags: one series each).
/// Arrival is when the feed's stream callback hands the event to the book; the flush figures are per flush,
/// timed from the oldest change it carries, so they bound what any of its changes waited.
/// </summary>
public static class LiveMetrics
{
    private static readonly InstrumentAdvice<double> Milliseconds = new()
    {
        HistogramBucketBoundaries = [1, 2, 5, 10, 15, 20, 25, 30, 40, 50, 75, 100, 150, 250, 500, 1000, 2500, 5000, 10000],
    };

    public static readonly Histogram<double> EventAge = Ms("hotline.live.event_age",
        "From the grain deciding a transition (the event's instant) to the event reaching the live feed.");

    public static readonly Histogram<double> Wait = Ms("hotline.live.flush_wait",
        "From the oldest change a flush carries reaching the feed to the flush starting (gap, coalescing, previous send).");

    public static readonly Histogram<double> Drain = Ms("hotline.live.flush_drain",
        "Taking a flush out of the book: coalesced rows, alerts and any figures counted.");

    public static readonly Histogram<double> Send = Ms("hotline.live.flush_send",
        "From a flush's drain to every SignalR send of it completing (serialization and socket writes).");

    public static readonly Histogram<double> FeedToSent = Ms("hotline.live.feed_to_sent",
        "The dashboard's whole share: the oldest change of a flush reaching the feed to its sends completing.");

    /// <summary>A latency histogram in milliseconds (Milliseconds is declared above the histograms: statics initialise in order).</summary>
    private static Histogram<double> Ms(string name, string description) =>
        HotlineTelemetry.Meter.CreateHistogram(name, "ms", description, advice: Milliseconds);

    public static readonly Histogram<int> Rows = HotlineTelemetry.Meter.CreateHistogram<int>(
        "hotline.live.flush_rows", "{row}", "Rows a flush sends, summed over its screens.",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000] });
}
