namespace Hotline.Intelligence.Knowledge;

/// <summary>An entry in the index's side dictionary: the texts shown in results and the often-changing hit count.</summary>
internal sealed class IndexedEntry(KnowledgeDocument document, long generation)
{
    private long hits = document.Hits;

    public KnowledgeDocument Document { get; } = document;

    /// <summary>Unique per write; the Lucene document built from this entry carries the same number.</summary>
    public long Generation { get; } = generation;

    public long Hits
    {
        get => Volatile.Read(ref hits);
        set => Volatile.Write(ref hits, value);
    }

    public bool MatchesCategory(string? categoryPrefix) =>
        string.IsNullOrEmpty(categoryPrefix) || (Document.CategoryCode ?? string.Empty).StartsWith(categoryPrefix, StringComparison.Ordinal);

    public KnowledgeHit ToHit(float score, string questionHighlighted, string answerHighlighted) => new(
        Document.Id,
        score,
        Document.Question,
        questionHighlighted,
        answerHighlighted,
        Document.Answer,
        Document.CategoryCode,
        Document.CategoryText,
        Document.Departments,
        Hits,
        Document.Version);
}
