using Hotline.Domain.Clocks;

namespace Hotline.Domain.Supervision;

/// <summary>
/// One rung of the escalation ladder (提级督办) reached by one clock: the department head at the breach, the centre
/// at 150 %, the leadership at 200 %. Added once per clock, department and level; acknowledged by that level.
/// </summary>
public sealed class SupervisionStep
{
    public EscalationLevel Level { get; init; }

    public ClockName Clock { get; init; }

    /// <summary>The department whose clock ran over; null for the centre's own clocks (callback).</summary>
    public string? Department { get; init; }

    public DateTimeOffset NotifiedAt { get; init; }

    /// <summary>The clock-breach / clock-escalation audit event that raised the step.</summary>
    public long Sequence { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public string? AcknowledgedBy { get; set; }

    public bool IsOpen => AcknowledgedAt is null;
}
