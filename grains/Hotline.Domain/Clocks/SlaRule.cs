namespace Hotline.Domain.Clocks;

/// <summary>
/// One named rule of the SLA policy. When it matches, it overrides the spans it names; a null
/// span removes that clock (e.g. a task force replaces completion by same-day).
/// </summary>
public sealed record SlaRule(string Name, SlaMatch Match, IReadOnlyDictionary<ClockName, ClockSpan?> Clocks);
