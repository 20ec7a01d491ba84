using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Hotline.Telemetry;

/// <summary>
/// The names the hotline measures under, and the one meter and activity source behind them. Static, as the .NET
/// diagnostics APIs expect: any listener in the process (an OpenTelemetry provider, a test's MeterListener) picks them up.
/// </summary>
public static class HotlineTelemetry
{
    /// <summary>The meter and the activity source share this name.</summary>
    public const string Name = "Hotline";

    /// <summary>Orleans' own meter (grain calls, activations, messaging).</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Every Orleans activity source (Microsoft.Orleans.Runtime, .Application, …).</summary>
    public const string OrleansSources = "Microsoft.Orleans.*";

    public static readonly Meter Meter = new(Name);

    public static readonly ActivitySource Source = new(Name);
}
