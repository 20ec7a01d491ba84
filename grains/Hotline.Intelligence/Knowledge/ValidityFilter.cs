using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Hotline.Intelligence.Knowledge;

/// <summary>
/// Keeps documents with ValidFrom ≤ now &lt; ValidUntil, read from doc values. Random-access bits, so
/// <see cref="FilteredQuery"/> checks only the documents the text query matched.
/// </summary>
internal sealed class ValidityFilter(long nowUtcTicks) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        var from = reader.GetNumericDocValues(KnowledgeFields.ValidFrom);
        var until = reader.GetNumericDocValues(KnowledgeFields.ValidUntil);
        if (from is null || until is null)
        {
            return null;
        }

        return new ValidDocs(reader.MaxDoc, acceptDocs, from, until, nowUtcTicks);
    }

    private sealed class ValidDocs(int maxDoc, IBits? acceptDocs, NumericDocValues from, NumericDocValues until, long now)
        : FieldCacheDocIdSet(maxDoc, acceptDocs)
    {
        protected override bool MatchDoc(int doc) => from.Get(doc) <= now && now < until.Get(doc);
    }
}
