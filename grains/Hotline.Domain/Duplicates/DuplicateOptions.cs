namespace Hotline.Domain.Duplicates;

/// <summary>How close two orders must be to be suggested as the same demand (重复诉求). Bound from configuration.</summary>
public sealed class DuplicateOptions
{
    /// <summary>Same place: orders of the same topic within this distance.</summary>
    public double RadiusMeters { get; set; } = 200;

    /// <summary>How far back same-place orders, and closed same-caller orders, are looked for.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Minimum <see cref="MatterSimilarity.Score(string, string)"/> for "the same matter".</summary>
    public double MatterSimilarity { get; set; } = 0.35;
}
