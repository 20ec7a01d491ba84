using Azure.Data.Tables;
using Hotline.Grains.Knowledge;
using Hotline.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;

namespace Hotline.Integration.Tests.Knowledge;

/// <summary>The knowledge rows and their change feed on Azurite: what other silos read, and what is pruned.</summary>
public sealed class KnowledgeStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8)));
    private readonly AzureTableKnowledgeStore _store;

    public KnowledgeStoreTests()
    {
        Azurite.EnsureRunning();
        _store = new AzureTableKnowledgeStore(new TableServiceClient(Azurite.ConnectionString), _time,
            Options.Create(new ClusterOptions { ServiceId = Azurite.NewServiceId("kb-store") }));
    }

    private static KnowledgeRow Row(string id) => new()
    {
        Id = id, Status = "published", WorkingQuestion = "供热期间室温不达标怎么办", WorkingAuthor = "seat1", Offered = true,
        Question = "供热期间室温不达标怎么办", Answer = "请拨打供热公司报修电话，两小时内上门测温。", CategoryCode = "0101010101",
        Departments = ["RL-LS"], Tags = ["供热"], PublishedVersion = 1,
    };

    [Fact]
    public async Task Readers_see_each_changed_entry_after_their_cursor_and_pruning_drops_only_old_changes()
    {
        var (_, start) = await _store.ChangesSince(null);
        await _store.Save(Row("KA"));
        _time.Advance(TimeSpan.FromDays(2));
        await _store.Save(Row("KB"));
        await _store.Save(Row("KB"));

        var (ids, cursor) = await _store.ChangesSince(start);
        Assert.Equal(["KA", "KB"], ids);
        Assert.Empty((await _store.ChangesSince(cursor)).Ids);

        await _store.PruneChanges(_time.GetUtcNow() - TimeSpan.FromDays(1));

        Assert.Equal(["KB"], (await _store.ChangesSince(start)).Ids);
        Assert.NotNull(await _store.Get("KA"));
    }
}
