namespace Hotline.Intelligence.Routing;

/// <summary>Picks the k highest scores without sorting the whole vector (there may be hundreds of labels).</summary>
internal static class TopK
{
    public static IReadOnlyList<Suggestion> Of(float[] scores, string[] labels, int k)
    {
        var count = Math.Min(k, Math.Min(scores.Length, labels.Length));
        var best = new List<int>(count + 1);
        for (var i = 0; i < scores.Length && i < labels.Length; i++)
        {
            var score = float.IsNaN(scores[i]) ? 0f : scores[i];
            if (best.Count == count && score <= Score(scores, best[^1]))
            {
                continue;
            }
            var at = best.Count;
            while (at > 0 && score > Score(scores, best[at - 1]))
            {
                at--;
            }
            best.Insert(at, i);
            if (best.Count > count)
            {
                best.RemoveAt(best.Count - 1);
            }
        }
        return [.. best.Select(i => new Suggestion(labels[i], Math.Clamp(Score(scores, i), 0d, 1d)))];
    }

    private static float Score(float[] scores, int i) => float.IsNaN(scores[i]) ? 0f : scores[i];
}
