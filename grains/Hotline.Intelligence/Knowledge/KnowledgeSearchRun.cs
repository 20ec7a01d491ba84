using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Hotline.Intelligence.Knowledge;

/// <summary>One search against one searcher snapshot: query, filters, side-dictionary checks, highlighting.</summary>
internal static class KnowledgeSearchRun
{
    /// <summary>Extra candidates fetched so entries removed between refresh and lookup do not shorten the list.</summary>
    private const int Slack = 5;

    private static readonly ISet<string> IdOnly = new HashSet<string> { KnowledgeFields.Id };

    public static IReadOnlyList<KnowledgeHit> Execute(
        IndexSearcher searcher,
        ConcurrentDictionary<string, IndexedEntry> entries,
        string text,
        DateTimeOffset now,
        int top,
        string? categoryCode)
    {
        var query = KnowledgeQueryBuilder.Default.Build(text, searcher.IndexReader);
        if (query is null)
        {
            return [];
        }

        Query filtered = new FilteredQuery(query.Query, new ValidityFilter(now.UtcTicks));
        if (!string.IsNullOrEmpty(categoryCode))
        {
            filtered = new FilteredQuery(filtered, new PrefixFilter(new Term(KnowledgeFields.CategoryCode, categoryCode)));
        }

        var hits = new List<KnowledgeHit>(top);
        foreach (var scoreDoc in searcher.Search(filtered, top + Slack).ScoreDocs)
        {
            var id = searcher.Doc(scoreDoc.Doc, IdOnly).Get(KnowledgeFields.Id);

            // The side dictionary is the truth: an entry removed or changed since this snapshot is checked again here.
            if (!entries.TryGetValue(id, out var entry) || !entry.Document.IsValidAt(now) || !entry.MatchesCategory(categoryCode))
            {
                continue;
            }

            var current = Generation(searcher.IndexReader, scoreDoc.Doc) == entry.Generation;
            hits.Add(entry.ToHit(
                scoreDoc.Score,
                KnowledgeHighlighter.Question(query, entry.Document.Question, current ? Indexed(searcher, scoreDoc.Doc, KnowledgeFields.Question) : null),
                KnowledgeHighlighter.Answer(query, entry.Document.Answer, current ? Indexed(searcher, scoreDoc.Doc, KnowledgeFields.Answer) : null)));
            if (hits.Count == top)
            {
                break;
            }
        }

        return hits;
    }

    private static long Generation(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        return leaf.AtomicReader.GetNumericDocValues(KnowledgeFields.Generation)?.Get(doc - leaf.DocBase) ?? -1;
    }

    private static TokenStream? Indexed(IndexSearcher searcher, int doc, string field) =>
        TokenSources.GetTokenStreamWithOffsets(searcher.IndexReader, doc, field);
}
