using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Hotline.Intelligence.Knowledge;

/// <summary>Chinese word segmentation (SmartCn) shared by the knowledge search and the routing classifier.</summary>
public static class ChineseText
{
    /// <summary>The one analyzer: SmartCn loads its dictionaries once; the analyzer itself is thread-safe.</summary>
    internal static Analyzer Analyzer { get; } = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);

    /// <summary>SmartCn tokens, lower-cased, punctuation/symbol/whitespace-only tokens dropped.</summary>
    public static IReadOnlyList<string> Tokens(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var tokens = new List<string>();
        using var stream = Analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var token = term.ToString();
            if (IsWord(token))
            {
                tokens.Add(token.ToLowerInvariant());
            }
        }

        stream.End();
        return tokens;
    }

    /// <summary>A token is a word when it has at least one letter or digit (Chinese characters are letters).</summary>
    internal static bool IsWord(string token)
    {
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
