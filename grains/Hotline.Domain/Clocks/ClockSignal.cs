namespace Hotline.Domain.Clocks;

/// <summary>What a threshold of a clock means when it passes.</summary>
public enum ClockSignal
{
    /// <summary>预警: a share of the time is used up.</summary>
    Warning,
    /// <summary>超期: the deadline passed with the clock still running.</summary>
    Breach,
    /// <summary>提级督办: still running long after the breach; the next level takes over.</summary>
    Escalation,
}
