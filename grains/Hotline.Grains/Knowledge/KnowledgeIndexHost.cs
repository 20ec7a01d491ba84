using Hotline.Domain.Categories;
using Hotline.Intelligence.Knowledge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Knowledge;

/// <summary>
/// This silo's knowledge search index: loaded from the store at start (after an optional first-run seed), then kept
/// current from the store's change feed, and at once for entries changed by grains on this silo.
/// </summary>
public sealed partial class KnowledgeIndexHost(
    IKnowledgeStore store,
    CategoryTree categories,
    IOptions<KnowledgeOptions> options,
    TimeProvider time,
    ILogger<KnowledgeIndexHost> logger,
    IEnumerable<IKnowledgeSeed> seeds) : BackgroundService
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    public KnowledgeSearchIndex Index { get; } = new();

    // Rows reach the index by two roads: the entry's own grain applies its row as it saves it, and the change feed
    // reads rows on every silo. A row the feed read just before the grain wrote a newer one can arrive after it; the
    // newest row applied per entry (by its count of saves, under one lock with the index change) keeps it out, so a
    // published entry is not withdrawn, nor a retired one offered again, until the next poll.
    private readonly Lock _applyGate = new();
    private readonly Dictionary<string, long> _applied = new(StringComparer.Ordinal);

    /// <summary>False until the first full load finished; searches meanwhile see what is loaded so far.</summary>
    public bool Ready { get; private set; }

    /// <summary>
    /// Applies one entry's row: offered rows are (re)indexed, others removed. Published text changes only with a new
    /// published version, so a row that differs in its hit count alone (every answer given from it) is not re-analysed.
    /// </summary>
    public void Apply(KnowledgeRow row)
    {
        lock (_applyGate)
        {
            if (!Newest(row)) return;
            if (!row.Offered) Index.Remove(row.Id);
            else if (Index.Holds(row.Id, row.PublishedVersion)) Index.SetHits(row.Id, row.Hits);
            else Index.Upsert(ToDocument(row));
        }
    }

    /// <summary>Whether the row is at least as new as the last applied for its entry, recording it if so (call under the gate).</summary>
    private bool Newest(KnowledgeRow row)
    {
        if (_applied.TryGetValue(row.Id, out var applied) && row.Changes < applied) return false;
        _applied[row.Id] = row.Changes;
        return true;
    }

    /// <summary>The first load's batch, less the rows a grain on this silo has already replaced with newer ones.</summary>
    private void Load(List<KnowledgeRow> rows)
    {
        lock (_applyGate)
            Index.UpsertMany(rows.Where(Newest).Select(ToDocument).ToList());
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var seed in seeds) await seed.SeedIfEmpty(store, stoppingToken);
            var (_, cursor) = await store.ChangesSince(null, stoppingToken);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var batch = new List<KnowledgeRow>(2048);
            await foreach (var row in store.Offered(stoppingToken))
            {
                batch.Add(row);
                if (batch.Count < batch.Capacity) continue;
                Load(batch);
                batch.Clear();
            }
            Load(batch);
            Ready = true;
            LogLoaded(Index.Count, started.ElapsedMilliseconds);
            await Follow(cursor, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task Follow(string cursor, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ChangePollingPeriod);
        var prunedAt = time.GetUtcNow();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (time.GetUtcNow() - prunedAt > PruneEvery)
                {
                    prunedAt = time.GetUtcNow();
                    await store.PruneChanges(prunedAt - options.Value.ChangesKeptFor, stoppingToken);
                }
                var (ids, next) = await store.ChangesSince(cursor, stoppingToken);
                foreach (var id in ids)
                {
                    if (await store.Get(id, stoppingToken) is { } row) Apply(row);
                }
                cursor = next;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage hiccup: keep the cursor and try again on the next beat.
                LogFollowFailed(e);
            }
        }
    }

    private KnowledgeDocument ToDocument(KnowledgeRow row) => new(
        row.Id, row.Question, row.Answer, row.CategoryCode,
        categories.Find(row.CategoryCode) is null ? "" : categories.PathText(row.CategoryCode),
        row.Departments, row.Tags, row.ValidFrom, row.ValidUntil, row.Hits, row.PublishedVersion);

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge index loaded: {Count} entries in {Milliseconds} ms")]
    private partial void LogLoaded(int count, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge change feed could not be read; retrying")]
    private partial void LogFollowFailed(Exception exception);
}
