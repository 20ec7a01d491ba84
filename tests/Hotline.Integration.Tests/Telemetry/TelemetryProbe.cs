using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hotline.Telemetry;

namespace Hotline.Integration.Tests.Telemetry;

/// <summary>
/// Listens to the Hotline meter and to the Hotline, Orleans and ASP.NET Core activity sources of this process.
/// Tests run side by side, so each measurement carries the order id of the span it was recorded in
/// (the grain's command span): a test looks only at its own orders.
/// </summary>
public sealed class TelemetryProbe : IDisposable
{
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _activities;

    public ConcurrentQueue<Measurement> Measurements { get; } = new();

    public ConcurrentQueue<Activity> Activities { get; } = new();

    public TelemetryProbe()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == HotlineTelemetry.Name
                || source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal)
                || source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Activities.Enqueue,
        };
        ActivitySource.AddActivityListener(_activities);

        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == HotlineTelemetry.Name) listener.EnableMeasurementEvents(instrument);
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.Start();
    }

    /// <summary>The measurements of one instrument recorded for one order.</summary>
    public IReadOnlyList<Measurement> Of(string instrument, string orderId) =>
        Measurements.Where(m => m.Instrument == instrument && m.OrderId == orderId).ToList();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var orderId = Activity.Current?.GetTagItem("hotline.order.id") as string;
        var copied = new Dictionary<string, object?>();
        foreach (var tag in tags) copied[tag.Key] = tag.Value;
        Measurements.Enqueue(new Measurement(instrument.Name, value, orderId, copied));
    }

    public void Dispose()
    {
        _meters.Dispose();
        _activities.Dispose();
    }

    public sealed record Measurement(string Instrument, double Value, string? OrderId, IReadOnlyDictionary<string, object?> Tags);
}
