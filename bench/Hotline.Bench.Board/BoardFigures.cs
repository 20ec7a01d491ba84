namespace Hotline.Bench.Board;

/// <summary>Frames of one kind within the measured window.</summary>
public sealed record FrameFigures(string Kind, int Count, double PerSecond, double RowsAverage, int RowsMax, double BytesAverage, int BytesMax);

/// <summary>One second of the load, by receive time: what completed, what reached the screen and how late.</summary>
public sealed record SecondFigures(int Second, int Completed, int Frames, int Rows, Distribution Latency);

/// <summary>
/// The numbers the report prints, computed from what the client recorded. Latency counts rows
/// whose event happened in the measured window (after the warm-up, before the last transition
/// completed), so intake rows and warm-up rows never mix into the load's figures.
/// </summary>
public sealed record BoardFigures(
    Distribution EventToScreen,
    Distribution IntakeEventToScreen,
    IReadOnlyDictionary<string, Distribution> ByStatus,
    IReadOnlyList<FrameFigures> Frames,
    IReadOnlyList<SecondFigures> Timeline,
    IReadOnlyList<RowSample> Worst,
    TimeSpan MeasuredWindow,
    int Resyncs,
    int Alerts,
    int MostAlertsInOneBurst)
{
    public static BoardFigures From(BoardRecorder recorder, PhaseResult intake, PacedResult load)
    {
        var rows = recorder.Rows();
        var from = load.Start + BenchSettings.WarmUp;
        var measured = rows.Where(r => r.EventAt >= from && r.EventAt <= load.End).ToArray();
        var intakeRows = rows.Where(r => r.EventAt >= intake.Start && r.EventAt <= intake.End);
        var window = load.End - from;

        var allFrames = recorder.Frames();
        var frames = allFrames.Where(f => f.ReceivedAt >= from && f.ReceivedAt <= load.End).ToArray();
        var byKind = frames.GroupBy(f => f.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new FrameFigures(
            g.Key, g.Count(), g.Count() / window.TotalSeconds, g.Average(f => f.Rows), g.Max(f => f.Rows), g.Average(f => f.Bytes), g.Max(f => f.Bytes))).ToArray();

        var timeline = Enumerable.Range(0, (int)Math.Ceiling((load.End - load.Start).TotalSeconds)).Select(second =>
        {
            bool InSecond(DateTimeOffset at) => (int)Math.Floor((at - load.Start).TotalSeconds) == second;
            var orderFrames = allFrames.Where(f => f.Kind == "ordersChanged" && InSecond(f.ReceivedAt)).ToArray();
            var secondRows = rows.Where(r => r.EventAt >= load.Start && InSecond(r.ReceivedAt)).Select(r => r.LatencyMs);
            var completed = second < load.CompletedPerSecond.Length ? load.CompletedPerSecond[second] : 0;
            return new SecondFigures(second, completed, orderFrames.Length, orderFrames.Sum(f => f.Rows), Distribution.Of(secondRows));
        }).ToArray();

        return new BoardFigures(
            Distribution.Of(measured.Select(r => r.LatencyMs)),
            Distribution.Of(intakeRows.Select(r => r.LatencyMs)),
            measured.GroupBy(r => r.Status).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Distribution.Of(g.Select(r => r.LatencyMs))),
            byKind,
            timeline,
            measured.OrderByDescending(r => r.LatencyMs).Take(5).ToArray(),
            window,
            allFrames.Count(f => f.Kind == "resync"),
            allFrames.Count(f => f.Kind == "alert"),
            LargestBurst(allFrames));
    }

    /// <summary>
    /// A flush writes its rows and figures first, then its alerts, on the one connection: the alerts
    /// between two other frames are one flush's.
    /// </summary>
    private static int LargestBurst(IEnumerable<FrameSample> frames)
    {
        int largest = 0, current = 0;
        foreach (var frame in frames)
        {
            current = frame.Kind == "alert" ? current + 1 : 0;
            largest = Math.Max(largest, current);
        }
        return largest;
    }
}
