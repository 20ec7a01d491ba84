using System.Diagnostics;

namespace Hotline.Bench.Board;

/// <summary>Orders whose last event the board never showed, after giving the feed time to drain.</summary>
public sealed record SettleResult(int Orders, int Missing, TimeSpan Waited, IReadOnlyList<string> Examples);

public static class BoardSettle
{
    /// <summary>
    /// Coalescing may skip an order's middle events, never its last one: waits (up to
    /// <paramref name="timeout"/>) until every order's last sequence reached the screen.
    /// </summary>
    public static async Task<SettleResult> Wait(BoardRecorder recorder, IReadOnlyDictionary<string, long> expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        while (true)
        {
            var missing = expected.Where(e => recorder.LatestSequence(e.Key) < e.Value).ToArray();
            var waited = Stopwatch.GetElapsedTime(start);
            if (missing.Length == 0 || waited >= timeout)
            {
                var examples = missing.Take(5).Select(e => $"{e.Key}: last event #{e.Value}, board shows #{recorder.LatestSequence(e.Key)}").ToArray();
                return new SettleResult(expected.Count, missing.Length, waited, examples);
            }
            await Task.Delay(100, cancellationToken);
        }
    }
}
