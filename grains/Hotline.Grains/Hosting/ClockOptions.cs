namespace Hotline.Grains.Hosting;

/// <summary>How work orders keep their deadlines.</summary>
public sealed class ClockOptions
{
    /// <summary>
    /// Period of the durable backstop reminder. A grain timer fires each threshold to the second
    /// while the order is active; the reminder only re-activates the order after deactivation or
    /// a silo crash, so a threshold is at most this late in the worst case.
    /// </summary>
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
