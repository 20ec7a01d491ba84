namespace Hotline.Contracts.Streams;

/// <summary>
/// The stream provider and namespaces. Every order event goes to one board shard and to the
/// streams of the departments and task force it concerns, so no one stream (and no one grain)
/// carries every event; the caller grains are fed from the board shards. The streams carry <see cref="OrderEventBatch"/>es. There is no
/// stream per order: a client watching one order filters its board shard
/// (<see cref="BoardShard"/>), which costs nothing per order and keeps every busy stream batchable.
/// </summary>
public static class StreamNames
{
    /// <remarks>
    /// Must differ from every grain storage name: Orleans looks for a stream provider's pub-sub store
    /// under the provider's own name before "PubSubStore", and a clash put pub-sub state into the
    /// JSON order storage, which cannot read it back after a restart.
    /// </remarks>
    public const string Provider = "hotline-events";

    /// <summary>Key: department code. Consumed by the department grain and department consoles.</summary>
    public const string Department = "department";

    /// <summary>Key: task-force code. Consumed by the task-force grain and its board.</summary>
    public const string TaskForce = "taskforce";

    /// <summary>
    /// Key: a shard number ("0".."<see cref="BoardShards"/>-1) picked from the order id. Every event
    /// goes to exactly one shard, so the live screens' feed (every dashboard subscribes to all
    /// shards) is spread over several stream queues instead of one hot stream.
    /// </summary>
    public const string Board = "board";

    public const int BoardShards = 8;

    /// <summary>Key: <see cref="AllSeats"/>. Seat status changes, for the boards' seat panel.</summary>
    public const string Seats = "seats";

    public const string AllSeats = "all";

    /// <summary>A stable shard of the order id, the same in every process.</summary>
    public static string BoardShard(string orderId) =>
        (Fnv1a.Of(orderId) % BoardShards).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static StreamId For(string @namespace, string key) => StreamId.Create(@namespace, key);
}
