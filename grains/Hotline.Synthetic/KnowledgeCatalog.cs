namespace Hotline.Synthetic;

/// <summary>The kinds of knowledge entries, one file per group of topics.</summary>
internal static partial class KnowledgeCatalog
{
    public static IReadOnlyList<KnowledgeKind> All { get; } = [.. Heating, .. Urban, .. Utilities, .. Transport, .. Social, .. Rural];

    private static KnowledgeKind K(string leaf, string[] key, Validity validity, string[] tags, string[] questions, string[] probes,
        string answer, double weight = 1) => new(leaf, key, validity, tags, questions, probes, answer, weight);
}
