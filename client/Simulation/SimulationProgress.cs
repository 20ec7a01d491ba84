using System.Collections.Concurrent;

namespace Hotline.Client.Simulation;

/// <summary>Counters the simulator bumps and the progress bar reads; thread-safe.</summary>
public sealed class SimulationProgress(int planned)
{
    private int _created, _closed, _errors;
    private readonly ConcurrentQueue<string> _firstErrors = new();

    public int Planned { get; } = planned;
    public int Created => Volatile.Read(ref _created);
    public int Closed => Volatile.Read(ref _closed);
    public int Errors => Volatile.Read(ref _errors);
    public IReadOnlyCollection<string> FirstErrors => _firstErrors;

    /// <summary>Simulated time of day now, for the bar.</summary>
    public Func<TimeSpan> SimulatedNow { get; set; } = () => TimeSpan.Zero;

    public void OrderCreated() => Interlocked.Increment(ref _created);
    public void OrderClosed() => Interlocked.Increment(ref _closed);

    public void Error(string message)
    {
        if (Interlocked.Increment(ref _errors) <= 10) _firstErrors.Enqueue(message);
    }
}
