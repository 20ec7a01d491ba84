using Lucene.Net.Documents;

namespace Hotline.Intelligence.Knowledge;

/// <summary>Index field names and the mapping from an entry to a Lucene document.</summary>
internal static class KnowledgeFields
{
    public const string Id = "id";
    public const string Question = "question";
    public const string Answer = "answer";
    public const string Tags = "tags";
    public const string CategoryText = "category_text";
    public const string CategoryCode = "category_code";
    public const string ValidFrom = "valid_from";
    public const string ValidUntil = "valid_until";
    public const string Generation = "generation";

    /// <summary>Analysed, not stored, with offsets in term vectors so highlighting needs no second SmartCn pass.</summary>
    private static readonly FieldType HighlightedText = Freeze(new FieldType(TextField.TYPE_NOT_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    });

    /// <summary>
    /// Only the id is stored: the texts live in the index's side dictionary, so Lucene keeps no copy of them.
    /// The generation tells a search whether the side dictionary still holds the text this document was built from.
    /// Validity bounds are doc values (open bounds as min/max ticks) so the query-time filter reads no stored fields.
    /// </summary>
    public static Document ToLuceneDocument(KnowledgeDocument entry, long generation)
    {
        var document = new Document
        {
            new StringField(Id, entry.Id, Field.Store.YES),
            new Field(Question, entry.Question, HighlightedText),
            new Field(Answer, entry.Answer, HighlightedText),
            new TextField(CategoryText, entry.CategoryText, Field.Store.NO),
            new StringField(CategoryCode, entry.CategoryCode, Field.Store.NO),
            new NumericDocValuesField(ValidFrom, entry.ValidFrom?.UtcTicks ?? long.MinValue),
            new NumericDocValuesField(ValidUntil, entry.ValidUntil?.UtcTicks ?? long.MaxValue),
            new NumericDocValuesField(Generation, generation),
        };
        foreach (var tag in entry.Tags)
        {
            document.Add(new TextField(Tags, tag, Field.Store.NO));
        }

        return document;
    }

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
