namespace Hotline.Grains.Deadlines;

/// <summary>
/// PROTOTYPE (issue 6, item 5), not on the default clock path: a sharded deadline index. One grain
/// per time bucket and shard holds the deadlines due in that bucket and a single reminder for the
/// bucket's start, instead of one reminder per order in the reminder table.
/// </summary>
[Alias("hotline.deadlines.IDeadlineBucketGrain")]
public interface IDeadlineBucketGrain : IGrainWithStringKey
{
    /// <summary>Durably records that <paramref name="target"/> is due at <paramref name="dueAt"/>; returns once written.</summary>
    [Alias("Add")]
    Task Add(string target, DateTimeOffset dueAt);
}

/// <summary>What a bucket wakes: the grain whose deadline fell due (an order would implement it).</summary>
[Alias("hotline.deadlines.IDeadlineWake")]
public interface IDeadlineWake : IGrainWithStringKey
{
    [Alias("Due")]
    Task Due(DateTimeOffset dueAt);
}
