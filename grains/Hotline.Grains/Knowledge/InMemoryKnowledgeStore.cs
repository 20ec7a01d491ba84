using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Hotline.Grains.Knowledge;

/// <summary>Knowledge rows in memory, for the in-memory demo mode and logic tests.</summary>
public sealed class InMemoryKnowledgeStore : IKnowledgeStore
{
    private readonly ConcurrentDictionary<string, KnowledgeRow> _rows = new();
    private readonly List<string> _changes = [];
    private readonly Lock _gate = new();

    public Task Save(KnowledgeRow row, CancellationToken cancellationToken = default)
    {
        _rows[row.Id] = row;
        lock (_gate) _changes.Add(row.Id);
        return Task.CompletedTask;
    }

    public Task<KnowledgeRow?> Get(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rows.GetValueOrDefault(id));

    public Task Import(IReadOnlyList<KnowledgeRow> rows, CancellationToken cancellationToken = default)
    {
        foreach (var row in rows) _rows[row.Id] = row;
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<KnowledgeRow> Offered([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        foreach (var row in _rows.Values.Where(r => r.Offered)) yield return row;
    }

    public Task<(IReadOnlyList<string> Ids, string Cursor)> ChangesSince(string? cursor, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var from = cursor is null ? _changes.Count : int.Parse(cursor, System.Globalization.CultureInfo.InvariantCulture);
            IReadOnlyList<string> ids = _changes.Skip(from).Distinct().ToArray();
            return Task.FromResult((ids, _changes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    public Task<IReadOnlyList<KnowledgeRow>> WithStatus(string status, int take, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<KnowledgeRow>>(_rows.Values.Where(r => r.Status == status).OrderByDescending(r => r.UpdatedAt).Take(take).ToArray());

    /// <summary>Kept: readers' cursors are positions in the list, and the in-memory mode lives only as long as a demo.</summary>
    public Task PruneChanges(DateTimeOffset before, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<bool> IsEmpty(CancellationToken cancellationToken = default) => Task.FromResult(_rows.IsEmpty);
}
