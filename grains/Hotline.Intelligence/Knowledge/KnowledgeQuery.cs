using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Hotline.Intelligence.Knowledge;

/// <summary>The scoring query built from a seat's text and the words to highlight in results.</summary>
internal sealed record KnowledgeQuery(Query Query, WeightedTerm[] HighlightTerms);
