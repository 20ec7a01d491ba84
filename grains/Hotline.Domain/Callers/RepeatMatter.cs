namespace Hotline.Domain.Callers;

/// <summary>Several open orders of one caller on the same topic: likely one matter raised again (重复诉求).</summary>
public sealed record RepeatMatter(string Topic, IReadOnlyList<string> OrderIds);
