namespace Hotline.Intelligence.Routing;

/// <summary>How Chinese text (no spaces) is cut into features.</summary>
public enum TextTokenization
{
    /// <summary>Character uni- and bi-grams: no dictionary, robust to typos and new words.</summary>
    CharNgrams = 0,

    /// <summary>SmartCn dictionary words (uni- and bi-grams of words).</summary>
    SmartCnWords = 1,

    /// <summary>Both of the above in one feature vector.</summary>
    CharNgramsAndWords = 2,
}
