using Hotline.Domain;
using Hotline.Domain.Categories;
using Hotline.Grains.Knowledge;
using Hotline.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hotline.Integration.Tests.Knowledge;

/// <summary>
/// A silo's search index gets an entry's rows by two roads, its grain's own save and the change feed, and keeps the
/// newest: a row the feed read a moment before the grain saved a newer one must not undo it. Logic, so the store is
/// in memory; the feed is the host's real follower.
/// </summary>
public sealed class KnowledgeIndexHostTests
{
    private static readonly CategoryTree Categories = CategoryTree.Load(DataDirectory.Default);
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(8));
    private const string Question = "玉泉苑小区供热期间室内温度偏低如何报修";

    private static KnowledgeRow Row(string id, long changes, bool offered) => new()
    {
        Id = id, Status = offered ? "published" : "retired", WorkingQuestion = Question, WorkingAuthor = "author-1",
        Offered = offered, Question = offered ? Question : "", Answer = offered ? "请拨打离石区集中供热公司报修电话，两小时内上门检测室温。" : "",
        CategoryCode = "0101010101", Departments = offered ? ["RL-LS"] : [], PublishedVersion = 1, Changes = changes, UpdatedAt = Now,
    };

    private static KnowledgeIndexHost Host(IKnowledgeStore store) => new(store, Categories,
        Options.Create(new KnowledgeOptions { ChangePollingPeriod = TimeSpan.FromMilliseconds(20) }),
        TimeProvider.System, NullLogger<KnowledgeIndexHost>.Instance, []);

    private static bool Offers(KnowledgeIndexHost host, string id) => host.Index.Search("玉泉苑 暖气不热 室温低", Now, 5).Any(h => h.Id == id);

    [Fact]
    public void A_row_older_than_the_one_applied_changes_nothing_either_way()
    {
        using var host = Host(new InMemoryKnowledgeStore());
        host.Apply(Row("K-PUB", changes: 3, offered: true));
        host.Apply(Row("K-PUB", changes: 2, offered: false));
        Assert.True(Offers(host, "K-PUB"));

        host.Apply(Row("K-RET", changes: 1, offered: true));
        host.Apply(Row("K-RET", changes: 2, offered: false));
        host.Apply(Row("K-RET", changes: 1, offered: true));
        Assert.False(Offers(host, "K-RET"));

        // The same row again (the feed repeating what the grain applied) and rows of entries saved before the count
        // existed (0) still apply.
        host.Apply(Row("K-RET", changes: 2, offered: false));
        host.Apply(Row("K-OLD", changes: 0, offered: true));
        Assert.True(Offers(host, "K-OLD"));
        host.Apply(Row("K-OLD", changes: 0, offered: false));
        Assert.False(Offers(host, "K-OLD"));
    }

    [Fact]
    public async Task The_change_feed_reading_a_row_just_before_the_grain_saved_a_newer_one_does_not_withdraw_the_entry()
    {
        var store = new LaggingStore();
        using var host = Host(store);
        await host.StartAsync(CancellationToken.None);
        await Eventually.True(() => Task.FromResult(host.Ready), "the index loaded");

        // The grain publishes: its row is saved and applied at once...
        var published = Row("K-RACE", changes: 3, offered: true);
        await store.Save(published);
        // ...while the feed's read of the entry returns the row before it (reviewed, not offered), as a read racing
        // the write does, and hands it to the index after the grain's.
        store.ReadsAs(Row("K-RACE", changes: 2, offered: false));
        host.Apply(published);
        var staleBefore = store.StaleReads;
        await store.Changed("K-RACE");

        await Eventually.True(() => Task.FromResult(store.StaleReads > staleBefore), "the feed read the earlier row");
        // A poll runs its reads and their index changes before the next one begins.
        var polls = store.Polls;
        await Eventually.True(() => Task.FromResult(store.Polls > polls), "the feed polled again");
        Assert.True(Offers(host, "K-RACE"));
        await host.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_first_load_does_not_offer_again_an_entry_a_grain_retired_meanwhile()
    {
        var store = new InMemoryKnowledgeStore();
        await store.Import([Row("K-LOAD", changes: 4, offered: true)]);
        using var host = Host(store);
        // The grain retires it (and applies that) before the load's batch, read earlier, reaches the index.
        host.Apply(Row("K-LOAD", changes: 5, offered: false));
        await host.StartAsync(CancellationToken.None);
        await Eventually.True(() => Task.FromResult(host.Ready), "the index loaded");

        Assert.False(Offers(host, "K-LOAD"));
        await host.StopAsync(CancellationToken.None);
    }

    /// <summary>An in-memory store whose reads of one entry return a row given by the test, as a read racing a write would.</summary>
    private sealed class LaggingStore : IKnowledgeStore
    {
        private readonly InMemoryKnowledgeStore _inner = new();
        private KnowledgeRow? _stale;
        private int _staleReads;
        private int _polls;

        public int StaleReads => Volatile.Read(ref _staleReads);
        public int Polls => Volatile.Read(ref _polls);
        public void ReadsAs(KnowledgeRow row) => Volatile.Write(ref _stale, row);

        /// <summary>Appends the entry to the change feed again, its stored row unchanged.</summary>
        public async Task Changed(string id) => await _inner.Save((await _inner.Get(id))!);

        public async Task<KnowledgeRow?> Get(string id, CancellationToken cancellationToken = default)
        {
            if (Volatile.Read(ref _stale) is { } stale && stale.Id == id)
            {
                Interlocked.Increment(ref _staleReads);
                return stale;
            }
            return await _inner.Get(id, cancellationToken);
        }

        public Task<(IReadOnlyList<string> Ids, string Cursor)> ChangesSince(string? cursor, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _polls);
            return _inner.ChangesSince(cursor, cancellationToken);
        }

        public Task Save(KnowledgeRow row, CancellationToken cancellationToken = default) => _inner.Save(row, cancellationToken);
        public Task Import(IReadOnlyList<KnowledgeRow> rows, CancellationToken cancellationToken = default) => _inner.Import(rows, cancellationToken);
        public IAsyncEnumerable<KnowledgeRow> Offered(CancellationToken cancellationToken = default) => _inner.Offered(cancellationToken);
        public Task<IReadOnlyList<KnowledgeRow>> WithStatus(string status, int take, CancellationToken cancellationToken = default) => _inner.WithStatus(status, take, cancellationToken);
        public Task<bool> IsEmpty(CancellationToken cancellationToken = default) => _inner.IsEmpty(cancellationToken);
        public Task PruneChanges(DateTimeOffset before, CancellationToken cancellationToken = default) => _inner.PruneChanges(before, cancellationToken);
    }
}
