using Azure.Data.Tables;
using Hotline.Contracts.Reviews;
using Hotline.Domain;
using Hotline.Domain.Categories;
using Hotline.Domain.Reference;
using Hotline.Domain.Reviews;
using Hotline.Grains.Reviews;
using Hotline.Integration.Tests.Infrastructure;
using Hotline.Silo.Seeding;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Hotline.Integration.Tests.Reviews;

/// <summary>
/// The rule book on Azurite: a rule added is in table HotlineReviewRules, and a new activation on a new cluster over
/// the same storage applies it; a retirement survives the same way. And the seed the silo writes on first start.
/// </summary>
public sealed class ReviewRuleBookPersistenceTests
{
    private static readonly ReplyUnderReviewDto Reply = new()
    {
        OrderId = "O1", Topic = "供热", CategoryCode = "0101010101", Department = "RL-LS",
        OrderTitle = "暖气不热", OrderContent = "室温只有 14 度", Content = "已电话告知用户自行排气。",
    };

    private static AddReviewRule HeatingVisit => new("reviewer1", "供热须上门", null,
        new RuleMatchDto(["供热"], [], [], []), new RuleCheckDto("mentions-any", ["上门"], null), ["centre"], true);

    [Fact]
    public async Task Added_and_retired_rules_survive_a_new_cluster_over_the_same_storage()
    {
        var serviceId = Azurite.NewServiceId("rules");
        string id;
        var first = await HotlineTestCluster.Start(serviceId);
        try
        {
            var book = first.Client.GetGrain<IReviewRuleBookGrain>(IReviewRuleBookGrain.CityKey);
            id = (await book.Add(HeatingVisit)).Rule!.Id;
            Assert.False(Assert.Single((await book.Evaluate(Reply, "centre")).Results).Passed);
        }
        finally
        {
            await first.DisposeAsync();
        }

        var store = new AzureTableReviewRuleStore(new TableServiceClient(Azurite.ConnectionString),
            Options.Create(new ClusterOptions { ServiceId = serviceId }));
        var stored = await store.Get(id);
        Assert.NotNull(stored);
        Assert.Equal(["上门"], stored.Check.Terms);
        Assert.Equal([ReviewStage.Centre], stored.Stages);

        var second = await HotlineTestCluster.Start(serviceId);
        try
        {
            var book = second.Client.GetGrain<IReviewRuleBookGrain>(IReviewRuleBookGrain.CityKey);
            Assert.Equal(id, Assert.Single((await book.Evaluate(Reply, "centre")).Results).RuleId);
            Assert.NotNull((await book.Retire(new RetireReviewRule("admin", id))).Rule);
        }
        finally
        {
            await second.DisposeAsync();
        }
        Assert.Equal(ReviewRuleStatus.Retired, (await store.Get(id))!.Status);
        Assert.Single(await store.All());
    }

    [Fact]
    public void The_seed_holds_the_data_files_rules_and_a_thousand_more_all_valid()
    {
        var directory = DataDirectory.Default;
        var categories = CategoryTree.Load(directory);
        var reference = ReferenceData.LoadDefault(directory);
        var rules = new GeneratedReviewRuleSeed(directory, categories, reference).Rules(DateTimeOffset.UnixEpoch);

        Assert.True(rules.Count >= 1000, $"{rules.Count} rules");
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        Assert.Contains(rules, r => r.Id == "RR-0001");
        var validator = new ReviewRuleValidator(categories, reference);
        Assert.All(rules, r => Assert.Empty(validator.Check(new ReviewRuleDraft
        {
            Name = r.Name, Description = r.Description, Match = r.Match, Check = r.Check,
            Stages = r.Stages.Select(s => Codes.Of(s)).ToArray(), Blocking = r.Blocking,
        })));
        // Deterministic: two silos seeding at once write the same rows.
        Assert.Equal(rules.Select(r => r.Name), new GeneratedReviewRuleSeed(directory, categories, reference).Rules(DateTimeOffset.UnixEpoch).Select(r => r.Name));
    }
}
