namespace Hotline.Client.Simulation;

/// <summary>The knobs of `simulate heating`; shares are 0–1, the speed-up compresses simulated time into wall time.</summary>
public sealed record SimulationSettings(
    int Orders,
    double Speedup,
    double Returns,
    double Extensions,
    double Late,
    double Dissatisfied,
    int Seed,
    int Concurrency = 32,
    string? LedgerPath = null)
{
    /// <summary>Wall time that a stretch of simulated time takes: 1 simulated hour is 3600/K seconds.</summary>
    public TimeSpan ToWall(TimeSpan simulated) => TimeSpan.FromTicks((long)(simulated.Ticks / Speedup));

    /// <summary>Simulated time elapsed for a stretch of wall time.</summary>
    public TimeSpan ToSimulated(TimeSpan wall) => TimeSpan.FromTicks((long)(wall.Ticks * Speedup));
}
