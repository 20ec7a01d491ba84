namespace Hotline.Grains.Knowledge;

/// <summary>
/// Where knowledge rows live, with a change feed so that every silo's search index follows the entries
/// changed on other silos.
/// </summary>
public interface IKnowledgeStore
{
    /// <summary>Writes the row, then appends its id to the change feed.</summary>
    Task Save(KnowledgeRow row, CancellationToken cancellationToken = default);

    Task<KnowledgeRow?> Get(string id, CancellationToken cancellationToken = default);

    /// <summary>Bulk import (no change-feed rows: importers reload the whole index).</summary>
    Task Import(IReadOnlyList<KnowledgeRow> rows, CancellationToken cancellationToken = default);

    IAsyncEnumerable<KnowledgeRow> Offered(CancellationToken cancellationToken = default);

    /// <summary>Entry ids changed after <paramref name="cursor"/> (null: from now on), and the new cursor.</summary>
    Task<(IReadOnlyList<string> Ids, string Cursor)> ChangesSince(string? cursor, CancellationToken cancellationToken = default);

    /// <summary>Rows of one workflow status, newest change first, at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<KnowledgeRow>> WithStatus(string status, int take, CancellationToken cancellationToken = default);

    Task<bool> IsEmpty(CancellationToken cancellationToken = default);

    /// <summary>Drops change-feed rows written before <paramref name="before"/>; a silo that starts reloads everything anyway.</summary>
    Task PruneChanges(DateTimeOffset before, CancellationToken cancellationToken = default);
}
