using System.Collections.Concurrent;

namespace Hotline.Bench.Board.Suite;

/// <summary>The trivial grain of the ping baseline: no state, no storage, one integer back.</summary>
[Alias("hotline.bench.IPingGrain")]
public interface IPingGrain : IGrainWithIntegerKey
{
    [Alias("Ping")]
    Task<int> Ping(int value);
}

public sealed class PingGrain : Grain, IPingGrain
{
    public Task<int> Ping(int value) => Task.FromResult(value);
}

/// <summary>What the clock benches armed and when each first fired, by target key: the silo runs in this process.</summary>
public static class ClockLog
{
    public static readonly ConcurrentDictionary<string, DateTimeOffset> Armed = new();
    public static readonly ConcurrentDictionary<string, (DateTimeOffset Due, DateTimeOffset Fired)> Fired = new();

    public static void Clear()
    {
        Armed.Clear();
        Fired.Clear();
    }

    public static void Record(string key, DateTimeOffset due, DateTimeOffset now) => Fired.TryAdd(key, (due, now));
}

/// <summary>
/// One durable clock as the orders keep theirs today: one reminder per grain in the reminder table.
/// Used to price 100,000 reminders on Azurite apart from everything else an order writes.
/// </summary>
[Alias("hotline.bench.IReminderClockGrain")]
public interface IReminderClockGrain : IGrainWithStringKey
{
    [Alias("Arm")]
    Task Arm(DateTimeOffset dueAt);
}

public sealed class ReminderClockGrain(TimeProvider time) : Grain, IReminderClockGrain, IRemindable
{
    private DateTimeOffset? _due;

    public async Task Arm(DateTimeOffset dueAt)
    {
        var delay = dueAt - time.GetUtcNow();
        await this.RegisterOrUpdateReminder("clock", delay > TimeSpan.Zero ? delay : TimeSpan.Zero, TimeSpan.FromMinutes(1));
        _due = dueAt;
    }

    /// <summary>
    /// Notes the first tick only. The reminder is left to tick every minute: unregistering 100,000
    /// of them while they fire ended the bench process with "Out of memory" twice (not yet understood).
    /// </summary>
    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var key = this.GetPrimaryKeyString();
        if ((_due ?? (ClockLog.Armed.TryGetValue(key, out var armed) ? armed : null)) is { } due) ClockLog.Record(key, due, time.GetUtcNow());
        return Task.CompletedTask;
    }
}
