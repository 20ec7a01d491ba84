namespace Hotline.Contracts.Streams;

/// <summary>
/// The stream provider and namespaces. Every order event goes to its own order stream and to the
/// streams of the departments, task force and caller it concerns, so no one stream (and no one
/// grain) carries every event.
/// </summary>
public static class StreamNames
{
    public const string Provider = "hotline";

    /// <summary>Key: order id. For clients watching one order.</summary>
    public const string Order = "order";

    /// <summary>Key: department code. Consumed by the department grain and department consoles.</summary>
    public const string Department = "department";

    /// <summary>Key: task-force code. Consumed by the task-force grain and its board.</summary>
    public const string TaskForce = "taskforce";

    /// <summary>Key: caller phone. Consumed by the caller grain (profile).</summary>
    public const string Caller = "caller";

    public static StreamId For(string @namespace, string key) => StreamId.Create(@namespace, key);
}
