using System.Globalization;

namespace Hotline.Grains.Deadlines;

/// <summary>Which bucket grain holds a deadline: one-minute buckets, each split into a few shards by target.</summary>
public static class DeadlineBuckets
{
    public static readonly TimeSpan Width = TimeSpan.FromMinutes(1);
    public const int Shards = 4;

    public static string KeyFor(string target, DateTimeOffset dueAt)
    {
        var bucket = dueAt.ToUnixTimeSeconds() / (long)Width.TotalSeconds;
        // A stable hash (string.GetHashCode is randomised per process) spreads targets over the shards.
        var shard = (int)(Fnv(target) % Shards);
        return string.Create(CultureInfo.InvariantCulture, $"{bucket}-{shard}");
    }

    public static DateTimeOffset StartOf(string key) =>
        DateTimeOffset.FromUnixTimeSeconds(long.Parse(key.AsSpan(0, key.IndexOf('-', StringComparison.Ordinal)), CultureInfo.InvariantCulture) * (long)Width.TotalSeconds);

    public static IDeadlineBucketGrain For(IGrainFactory grains, string target, DateTimeOffset dueAt) =>
        grains.GetGrain<IDeadlineBucketGrain>(KeyFor(target, dueAt));

    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
