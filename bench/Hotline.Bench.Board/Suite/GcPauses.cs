namespace Hotline.Bench.Board.Suite;

/// <summary>
/// The bench process's garbage collections (the silo runs in it) over a phase: how many of each
/// generation and how long they paused the process in total, so a latency tail can be set against
/// the pauses that happened while it was measured.
/// </summary>
public readonly record struct GcPauses(TimeSpan Paused, int Gen0, int Gen1, int Gen2)
{
    public static GcPauses Now() => new(GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    public GcPauses Since(GcPauses start) => new(Paused - start.Paused, Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2);

    public override string ToString()
    {
        var count = Math.Max(1, Gen0);
        return $"{Gen0} collections ({Gen1} reaching gen1, {Gen2} gen2), paused {Paused.TotalMilliseconds:F0} ms in total, {Paused.TotalMilliseconds / count:F1} ms each on average";
    }
}
