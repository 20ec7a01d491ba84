namespace Hotline.Domain.Duplicates;

/// <summary>The shared notions of "same caller" and "same topic" for duplicates and the final-reply lock.</summary>
internal static class Matters
{
    public static bool SameTopic(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && string.Equals(a.Trim(), b?.Trim(), StringComparison.Ordinal);

    public static bool SamePhone(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && string.Equals(a.Trim(), b?.Trim(), StringComparison.Ordinal);

    /// <summary>Same topic and text alike enough: the same matter (同一事项).</summary>
    public static bool SameMatter(MatterFacts a, MatterFacts b, DuplicateOptions options) =>
        SameTopic(a.CategoryTopic, b.CategoryTopic) && MatterSimilarity.Score(a, b) >= options.MatterSimilarity;
}
