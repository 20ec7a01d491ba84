namespace Hotline.Domain.Clocks;

/// <summary>How a stopped clock ended.</summary>
public enum ClockOutcome
{
    /// <summary>Stopped before its deadline.</summary>
    Met,
    /// <summary>Stopped after its deadline.</summary>
    Late,
    /// <summary>No longer applies (order returned, merged, transferred, re-dispatched).</summary>
    Cancelled,
}
