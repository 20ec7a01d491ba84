using Lucene.Net.Index;

namespace Hotline.Intelligence.Knowledge;

/// <summary>Upper bounds of how many entries a word matches in the searched fields, for one query.</summary>
internal sealed class DocFrequency(IndexReader reader)
{
    private readonly Dictionary<(string Field, string Token), int> cache = [];

    /// <summary>Sum over fields; a multi-token word (an exact phrase) matches at most as often as its rarest token.</summary>
    public long Estimate(string[] word)
    {
        long total = 0;
        foreach (var (field, _) in KnowledgeQueryBuilder.SearchFields)
        {
            var least = int.MaxValue;
            foreach (var token in word)
            {
                least = Math.Min(least, Of(field, token));
            }

            total += least;
        }

        return total;
    }

    private int Of(string field, string token)
    {
        if (!cache.TryGetValue((field, token), out var count))
        {
            count = reader.DocFreq(new Term(field, token));
            cache[(field, token)] = count;
        }

        return count;
    }
}
