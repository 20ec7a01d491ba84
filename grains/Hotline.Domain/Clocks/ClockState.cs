namespace Hotline.Domain.Clocks;

/// <summary>The state a screen shows for a clock at an instant.</summary>
public enum ClockState
{
    /// <summary>Running, under 75 % used.</summary>
    Running,
    /// <summary>Running, 75 % or more used: amber.</summary>
    Warning,
    /// <summary>Running past its deadline: red.</summary>
    Overdue,
    Met,
    Late,
    Cancelled,
}
