using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Hotline.Telemetry;

/// <summary>
/// The order lifecycle's instruments. Tags are limited to bounded sets (district, task force, clock name, signal,
/// handler role): never an order id, a department or free text, which would make a time series per order.
/// </summary>
public static class OrderMetrics
{
    public static readonly Counter<long> Received = HotlineTelemetry.Meter.CreateCounter<long>(
        "hotline.orders.received", "{order}", "Orders taken in (受理).");

    public static readonly Counter<long> Dispatched = HotlineTelemetry.Meter.CreateCounter<long>(
        "hotline.orders.dispatched", "{order}", "Dispatches (派单), re-dispatches included.");

    public static readonly Counter<long> Overdue = HotlineTelemetry.Meter.CreateCounter<long>(
        "hotline.orders.overdue", "{breach}", "Clock breaches (超期): a deadline passed with its clock running.");

    public static readonly Counter<long> Closed = HotlineTelemetry.Meter.CreateCounter<long>(
        "hotline.orders.closed", "{order}", "Orders closed (办结).");

    public static readonly Histogram<double> TimeToAccept = HotlineTelemetry.Meter.CreateHistogram<double>(
        "hotline.orders.time_to_accept", "s", "From a department's dispatch to its acceptance (签收).");

    public static readonly Histogram<double> TimeToComplete = HotlineTelemetry.Meter.CreateHistogram<double>(
        "hotline.orders.time_to_complete", "s", "From intake to closing (办结).");

    public static readonly Histogram<double> ClockLateness = HotlineTelemetry.Meter.CreateHistogram<double>(
        "hotline.clocks.lateness", "ms", "How long after its due instant a clock threshold fired.");

    public static void RecordReceived(string district, string? taskForce) =>
        Received.Add(1, new TagList { { "district", district }, { "task_force", taskForce ?? "" } });

    public static void RecordDispatched(string district) =>
        Dispatched.Add(1, new TagList { { "district", district } });

    public static void RecordClosed(string district, string? taskForce, TimeSpan sinceIntake)
    {
        var tags = new TagList { { "district", district }, { "task_force", taskForce ?? "" } };
        Closed.Add(1, tags);
        TimeToComplete.Record(sinceIntake.TotalSeconds, tags);
    }

    public static void RecordAccepted(string role, TimeSpan sinceDispatch) =>
        TimeToAccept.Record(sinceDispatch.TotalSeconds, new TagList { { "role", role } });

    public static void RecordClockFired(string clock, string signal, string district, TimeSpan late)
    {
        var tags = new TagList { { "clock", clock }, { "signal", signal } };
        ClockLateness.Record(Math.Max(0, late.TotalMilliseconds), tags);
        if (signal == "Breach") Overdue.Add(1, new TagList { { "clock", clock }, { "district", district } });
    }
}
