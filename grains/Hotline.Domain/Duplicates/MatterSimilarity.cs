namespace Hotline.Domain.Duplicates;

/// <summary>
/// How alike two matters are, from their Chinese text: the Dice coefficient of character-bigram sets, 0 (nothing in
/// common) to 1 (same text). Chinese has no spaces, and bigrams catch the two-character words most demands are made of
/// ("暖气", "不热", "漏水") without a segmenter.
/// </summary>
public static class MatterSimilarity
{
    /// <summary>The floor when both orders name the same address: the same place and topic is nearly always the same matter.</summary>
    public const double SameAddressFloor = 0.6;

    /// <summary>Addresses shorter than this ("小区", "路口") say too little to imply the same matter.</summary>
    private const int MinAddressLength = 4;

    /// <summary>Similarity of two free texts.</summary>
    public static double Score(string? a, string? b) => Dice(Grams(Normalize(a)), Grams(Normalize(b)));

    /// <summary>Similarity of two matters (a new intake and an earlier order): title, content and address, address match boosted.</summary>
    public static double Score(MatterFacts a, MatterFacts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Score(a.Title, a.Content, a.Address, b.Title, b.Content, b.Address);
    }

    public static double Score(string titleA, string contentA, string addressA, string titleB, string contentB, string addressB)
    {
        var addressOfA = Normalize(addressA);
        var addressOfB = Normalize(addressB);
        // Grams per field, then united: a bigram across the title/content seam means nothing.
        var a = Grams(Normalize(titleA)).Concat(Grams(Normalize(contentA))).Concat(Grams(addressOfA)).ToHashSet();
        var b = Grams(Normalize(titleB)).Concat(Grams(Normalize(contentB))).Concat(Grams(addressOfB)).ToHashSet();
        var score = Dice(a, b);
        var sameAddress = addressOfA.Length >= MinAddressLength && string.Equals(addressOfA, addressOfB, StringComparison.Ordinal);
        return sameAddress ? Math.Max(score, SameAddressFloor + (1 - SameAddressFloor) * score) : score;
    }

    /// <summary>Letters and digits only, full-width forms folded to half-width, Latin lower-cased.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var buffer = new char[text.Length];
        var length = 0;
        foreach (var raw in text)
        {
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (char.IsLetterOrDigit(c)) buffer[length++] = char.ToLowerInvariant(c);
        }
        return new string(buffer, 0, length);
    }

    /// <summary>Character bigrams; a one-character text is its own single gram.</summary>
    private static HashSet<int> Grams(string normalized)
    {
        var grams = new HashSet<int>();
        if (normalized.Length == 1) grams.Add(normalized[0]);
        for (var i = 0; i + 1 < normalized.Length; i++)
            grams.Add((normalized[i] << 16) | normalized[i + 1]);
        return grams;
    }

    private static double Dice(HashSet<int> a, HashSet<int> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = small.Count(large.Contains);
        return 2.0 * common / (a.Count + b.Count);
    }
}
