namespace Hotline.Dashboard.Live;

/// <summary>
/// Wakes the flusher when the book has something pending: set by every change, cleared by the drain that takes
/// them. One waiter (the flusher); a change after the drain sets it again, so no wake-up is lost.
/// </summary>
public sealed class LiveSignal
{
    private volatile TaskCompletionSource _next = New();

    public bool IsSet => _next.Task.IsCompleted;

    public void Set() => _next.TrySetResult();

    /// <summary>Called just before a drain: a change from here on wakes the next wait.</summary>
    public void Reset()
    {
        if (_next.Task.IsCompleted) _next = New();
    }

    /// <summary>Returns when set, after <paramref name="timeout"/> (infinite allowed), or on cancellation; never throws.</summary>
    public Task Wait(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var next = _next.Task;
        if (next.IsCompleted) return Task.CompletedTask;
        return AwaitQuietly(next.WaitAsync(timeout, time, cancellationToken));
    }

    private static async Task AwaitQuietly(Task task) => await task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
