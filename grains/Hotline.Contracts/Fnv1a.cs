namespace Hotline.Contracts;

/// <summary>
/// FNV-1a over a string's UTF-16 code units: the same number in every process and every run (string.GetHashCode
/// is randomised per process), for picking shards and partitions that must agree across silos and restarts.
/// </summary>
public static class Fnv1a
{
    public static uint Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
