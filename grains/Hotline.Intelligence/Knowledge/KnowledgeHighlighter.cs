using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Search.Highlight;

namespace Hotline.Intelligence.Knowledge;

/// <summary>
/// Marks the seat's words in results with &lt;em&gt; and HTML-escapes everything else (the console inserts it as HTML).
/// Scores by query terms, not positions, over tokens read back from term vectors: cheap enough for every keystroke.
/// </summary>
internal static class KnowledgeHighlighter
{
    public const int AnswerFragmentChars = 120;

    private static readonly (string Open, string Close) Formatter = ("<em>", "</em>");

    /// <summary>The whole question, highlighted. <paramref name="indexed"/>: its tokens from term vectors, if current.</summary>
    public static string Question(KnowledgeQuery query, string question, TokenStream? indexed) =>
        Highlight(query, KnowledgeFields.Question, question, indexed, new NullFragmenter()) ?? WebUtility.HtmlEncode(question);

    /// <summary>The best ~120-character fragment of the answer, or its start when no word matches.</summary>
    public static string Answer(KnowledgeQuery query, string answer, TokenStream? indexed) =>
        Highlight(query, KnowledgeFields.Answer, answer, indexed, new SimpleFragmenter(AnswerFragmentChars)) ?? AnswerStart(answer);

    /// <summary>The escaped start of an answer, for entries shown without a query.</summary>
    public static string AnswerStart(string answer) =>
        WebUtility.HtmlEncode(answer.Length <= AnswerFragmentChars ? answer : answer[..AnswerFragmentChars] + "…");

    private static string? Highlight(KnowledgeQuery query, string field, string text, TokenStream? indexed, IFragmenter fragmenter)
    {
        if (string.IsNullOrEmpty(text))
        {
            indexed?.Dispose();
            return null;
        }

        var highlighter = new Highlighter(new SimpleHTMLFormatter(Formatter.Open, Formatter.Close), HtmlTextEncoder.Instance, new QueryTermScorer(query.HighlightTerms))
        {
            TextFragmenter = fragmenter,
        };
        using var tokens = indexed ?? ChineseText.Analyzer.GetTokenStream(field, text);
        try
        {
            // Adjacent matched words read as one mark (the rest is escaped, so "</em><em>" can only be ours).
            return highlighter.GetBestFragment(tokens, text)?.Replace(Formatter.Close + Formatter.Open, string.Empty, StringComparison.Ordinal);
        }
        catch (InvalidTokenOffsetsException)
        {
            // Offsets from an older version of the text: show it plain rather than fail the search.
            return null;
        }
    }
}
