using System.Globalization;

namespace Hotline.Bench.Board.Suite;

/// <summary>
/// Where a latency tail comes from: the rows over the bar, grouped by when their command was acknowledged
/// (a gap of a quarter second starts a new burst), each burst set beside the bench process's GC pauses
/// from just before it to just after its last acknowledgement. A tail made of a few bursts each behind a long pause reads differently from
/// one spread over the whole load.
/// </summary>
public static class TailBursts
{
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Lead = TimeSpan.FromMilliseconds(300);

    /// <summary>A row acknowledged just before a pause is still on its way when the pause begins.</summary>
    private static readonly TimeSpan Trail = TimeSpan.FromMilliseconds(150);

    /// <param name="elsewhere">
    /// Stalls outside the silo's collections, set beside each burst the same way: the dashboard's and the
    /// watcher's GC pauses and the bench process's thread-pool waits (<see cref="PoolLag"/>).
    /// </param>
    public static string Describe(IReadOnlyList<(DateTimeOffset AckAt, double Ms)> rows, double barMs, DateTimeOffset loadStart, IReadOnlyList<GcPause> pauses,
        IReadOnlyList<GcPause> background, IReadOnlyList<GcPause> elsewhere)
    {
        var slow = rows.Where(r => r.Ms > barMs).OrderBy(r => r.AckAt).ToArray();
        if (slow.Length == 0) return $"no row over {barMs:F0} ms";
        var bursts = new List<List<(DateTimeOffset AckAt, double Ms)>> { new() { slow[0] } };
        foreach (var row in slow.Skip(1))
        {
            if (row.AckAt - bursts[^1][^1].AckAt > Gap) bursts.Add([]);
            bursts[^1].Add(row);
        }
        var described = bursts.OrderByDescending(b => b.Count).Take(6).Select(b =>
        {
            var (from, to) = (b[0].AckAt, b[^1].AckAt);
            var near = pauses.Where(p => p.At >= from - Lead && p.At <= to + Trail).ToArray();
            var paused = near.Length == 0 ? "no GC pause" : "GC " + string.Join(" + ", near.Select(p => $"{p.Milliseconds:F0} ms {p.Collection}"));
            if (background.Any(g => g.At <= to + Trail && g.At.AddMilliseconds(g.Milliseconds) >= from - Lead)) paused += ", during a background gen2";
            var other = elsewhere.Where(p => p.At >= from - Lead && p.At <= to + Trail).ToArray();
            if (other.Length > 0)
                paused += "; " + string.Join(", ", other.GroupBy(p => p.Collection).Select(g => g.Count() == 1
                    ? $"{g.Key} {g.First().Milliseconds:F0} ms"
                    : $"{g.Count()} × {g.Key} up to {g.Max(p => p.Milliseconds):F0} ms"));
            return string.Create(CultureInfo.InvariantCulture,
                $"+{(from - loadStart).TotalSeconds:F1} s for {(to - from).TotalMilliseconds:F0} ms: {b.Count} rows, max {b.Max(r => r.Ms):F0} ms ({paused})");
        });
        var longest = pauses.Count == 0 ? 0 : pauses.Max(p => p.Milliseconds);
        var gen2 = background.Count == 0 ? "no background gen2"
            : "background gen2 " + string.Join(", ", background.Select(g => string.Create(CultureInfo.InvariantCulture, $"+{(g.At - loadStart).TotalSeconds:F1} s for {g.Milliseconds:F0} ms")));
        var explained = bursts.Count(b => Near(b, pauses) || Near(b, elsewhere));
        return string.Create(CultureInfo.InvariantCulture,
            $"{slow.Length} of {rows.Count} rows over {barMs:F0} ms in {bursts.Count} bursts, {explained} beside a pause or a thread-pool wait (longest GC pause of the silo in the load {longest:F0} ms; {gen2}; elsewhere: {Elsewhere(elsewhere, loadStart)}); the largest: {string.Join("; ", described)}");
    }

    private static bool Near(List<(DateTimeOffset AckAt, double Ms)> burst, IReadOnlyList<GcPause> stalls) =>
        stalls.Any(p => p.At >= burst[0].AckAt - Lead && p.At <= burst[^1].AckAt + Trail);

    /// <summary>Per kind of stall outside the silo's collections: how many in the load and the longest.</summary>
    private static string Elsewhere(IReadOnlyList<GcPause> stalls, DateTimeOffset loadStart)
    {
        var inLoad = stalls.Where(p => p.At >= loadStart).ToArray();
        if (inLoad.Length == 0) return "none read (BENCH_STALLS)";
        return string.Join(", ", inLoad.GroupBy(p => p.Collection.Split(" gen")[0]).Select(g =>
            string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()} (longest {g.Max(p => p.Milliseconds):F0} ms)")));
    }
}
