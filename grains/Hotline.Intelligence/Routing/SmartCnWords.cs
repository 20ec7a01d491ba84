using System.Text;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Hotline.Intelligence.Routing;

/// <summary>SmartCn word segmentation, joined by spaces so ML.NET's whitespace word extractor can use it.</summary>
internal static class SmartCnWords
{
    // The analyzer keeps per-thread token streams, so one shared instance is safe across threads.
    private static readonly SmartChineseAnalyzer Analyzer = new(LuceneVersion.LUCENE_48);

    public static string Join(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length * 2);
        using var stream = Analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            builder.Append(term.Buffer, 0, term.Length);
        }
        stream.End();
        return builder.ToString();
    }
}
