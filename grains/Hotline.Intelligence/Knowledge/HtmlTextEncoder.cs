using System.Net;
using Lucene.Net.Search.Highlight;

namespace Hotline.Intelligence.Knowledge;

/// <summary>
/// Escapes the text around highlights for HTML. Lucene's SimpleHTMLEncoder turns every non-ASCII
/// character into a numeric entity, which bloats Chinese text; WebUtility escapes only what HTML needs.
/// </summary>
internal sealed class HtmlTextEncoder : IEncoder
{
    public static HtmlTextEncoder Instance { get; } = new();

    public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
}
