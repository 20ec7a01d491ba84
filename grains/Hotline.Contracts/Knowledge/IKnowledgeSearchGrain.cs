namespace Hotline.Contracts.Knowledge;

/// <summary>
/// Knowledge search, served on whichever silo takes the call from that silo's own in-memory index
/// (a stateless worker: no hop to a single hot grain while seats type).
/// </summary>
[Alias("hotline.knowledge-search")]
public interface IKnowledgeSearchGrain : IGrainWithIntegerKey
{
    [Alias("search")] Task<KnowledgeSearchResult> Search(string text, int top, string? categoryCode);

    /// <summary>高频知识: offered entries by how often seats answered from them.</summary>
    [Alias("frequent")] Task<KnowledgeSearchResult> Frequent(int top);

    /// <summary>Entries in one workflow status (the review queue), newest change first.</summary>
    [Alias("list")] Task<IReadOnlyList<KnowledgeListItem>> List(string status, int take);
}

[GenerateSerializer, Immutable, Alias("hotline.knowledge-list-item")]
public sealed record KnowledgeListItem(
    [property: Id(0)] string Id,
    [property: Id(1)] string Status,
    [property: Id(2)] string Question,
    [property: Id(3)] string Author,
    [property: Id(4)] int Version,
    [property: Id(5)] bool Urgent,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] long Hits);

[GenerateSerializer, Immutable, Alias("hotline.knowledge-search-result")]
public sealed record KnowledgeSearchResult(
    [property: Id(0)] IReadOnlyList<KnowledgeHitDto> Hits,
    [property: Id(1)] int IndexedEntries,
    [property: Id(2)] bool Ready,
    [property: Id(3)] double TookMs);

/// <summary>One answer offered to a seat; the *Html fields are escaped HTML with matches in &lt;em&gt;.</summary>
[GenerateSerializer, Immutable, Alias("hotline.knowledge-hit")]
public sealed record KnowledgeHitDto(
    [property: Id(0)] string Id,
    [property: Id(1)] double Score,
    [property: Id(2)] string Question,
    [property: Id(3)] string QuestionHtml,
    [property: Id(4)] string Answer,
    [property: Id(5)] string AnswerHtml,
    [property: Id(6)] string CategoryCode,
    [property: Id(7)] string CategoryText,
    [property: Id(8)] IReadOnlyList<string> Departments,
    [property: Id(9)] long Hits,
    [property: Id(10)] int Version);
