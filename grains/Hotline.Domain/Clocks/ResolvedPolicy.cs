namespace Hotline.Domain.Clocks;

/// <summary>The clocks one order runs, after every matching rule applied in file order.</summary>
public sealed record ResolvedPolicy(IReadOnlyDictionary<ClockName, ClockSpan> Spans, IReadOnlyList<string> AppliedRules);
