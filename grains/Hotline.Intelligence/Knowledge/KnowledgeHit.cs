namespace Hotline.Intelligence.Knowledge;

/// <summary>
/// One search result. <see cref="QuestionHighlighted"/> and <see cref="AnswerHighlighted"/> are HTML:
/// the text is escaped and matches are wrapped in &lt;em&gt;; the plain fields are not escaped.
/// </summary>
public sealed record KnowledgeHit(
    string Id,
    float Score,
    string Question,
    string QuestionHighlighted,
    string AnswerHighlighted,
    string Answer,
    string CategoryCode,
    string CategoryText,
    IReadOnlyList<string> Departments,
    long Hits,
    int Version);
