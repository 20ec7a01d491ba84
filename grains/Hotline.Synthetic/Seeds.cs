namespace Hotline.Synthetic;

/// <summary>
/// Derives independent, reproducible random streams from one seed, so an item can be re-made from
/// its index alone (a probe re-derives the specifics of the entry it rewords).
/// </summary>
internal static class Seeds
{
    public static Random Stream(int seed, int salt, int index = 0, int attempt = 0) =>
        new(Mix(seed, salt, index, attempt));

    public static int Mix(int seed, int salt, int index, int attempt)
    {
        // SplitMix64 finaliser over the packed inputs: cheap and well spread.
        var x = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)(uint)salt << 17 ^ (ulong)(uint)index << 29 ^ (ulong)(uint)attempt;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return (int)(x & 0x7FFFFFFF);
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Index chosen with probability proportional to its weight.</summary>
    public static int Weighted(this Random random, IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights) total += w;
        var roll = random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0) return i;
        }
        return weights.Count - 1;
    }
}
