using Hotline.Grains.Deadlines;

namespace Hotline.Integration.Tests.Deadlines;

/// <summary>The prototype deadline index's addressing: which bucket grain holds a deadline, and when that bucket starts.</summary>
public sealed class DeadlineBucketsTests
{
    private static readonly DateTimeOffset Due = new(2026, 12, 1, 10, 0, 42, 500, TimeSpan.FromHours(8));

    [Fact]
    public void A_deadline_lies_inside_its_bucket()
    {
        var start = DeadlineBuckets.StartOf(DeadlineBuckets.KeyFor("20261201-0001", Due));
        Assert.True(start <= Due, $"bucket starts {start:o}, after the deadline {Due:o}");
        Assert.True(Due < start + DeadlineBuckets.Width, $"bucket starts {start:o}, a full width before {Due:o}");
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero), start);
    }

    [Fact]
    public void The_same_target_and_minute_always_map_to_the_same_shard_and_targets_spread_over_all_shards()
    {
        Assert.Equal(DeadlineBuckets.KeyFor("20261201-0001", Due), DeadlineBuckets.KeyFor("20261201-0001", Due.AddSeconds(10)));
        var shards = Enumerable.Range(0, 200).Select(i => DeadlineBuckets.KeyFor($"20261201-{i:D4}", Due).Split('-')[1]).Distinct().Count();
        Assert.Equal(DeadlineBuckets.Shards, shards);
    }

    [Fact]
    public void The_next_minute_is_another_bucket()
    {
        var now = DeadlineBuckets.StartOf(DeadlineBuckets.KeyFor("20261201-0001", Due));
        var next = DeadlineBuckets.StartOf(DeadlineBuckets.KeyFor("20261201-0001", Due.AddMinutes(1)));
        Assert.Equal(DeadlineBuckets.Width, next - now);
    }
}
