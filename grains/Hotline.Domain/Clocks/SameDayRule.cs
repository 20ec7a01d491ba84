namespace Hotline.Domain.Clocks;

/// <summary>
/// The task-force same-day deadline (当日办结): 24:00 of the day received, but an order that
/// arrives at or after <see cref="CutOff"/> is due at <see cref="LateDue"/> of the next day,
/// so a late evening call is not breached at birth. Natural time: holidays do not matter.
/// </summary>
public sealed record SameDayRule
{
    public TimeOnly CutOff { get; init; } = new(20, 0);

    public TimeOnly LateDue { get; init; } = new(12, 0);
}
