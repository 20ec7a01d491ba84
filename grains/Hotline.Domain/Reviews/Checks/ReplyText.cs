using System.Text;

namespace Hotline.Domain.Reviews.Checks;

/// <summary>Text helpers the checks share.</summary>
public static class ReplyText
{
    public static bool ContainsAny(string text, IEnumerable<string> terms) =>
        terms.Any(t => !string.IsNullOrWhiteSpace(t) && text.Contains(t.Trim(), StringComparison.Ordinal));

    /// <summary>The text with every phrase taken out.</summary>
    public static string Strip(string text, IEnumerable<string> phrases)
    {
        var builder = new StringBuilder(text);
        // Longest first, so a phrase is not left half-removed by a shorter one inside it.
        foreach (var phrase in phrases.Where(p => !string.IsNullOrWhiteSpace(p)).OrderByDescending(p => p.Length))
            builder.Replace(phrase.Trim(), "");
        return builder.ToString();
    }

    /// <summary>Letters and digits only: punctuation, spaces and symbols carry no answer.</summary>
    public static string Meaningful(string text) => string.Concat(text.Where(char.IsLetterOrDigit));
}
