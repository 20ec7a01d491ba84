using Hotline.Contracts.Knowledge;
using Hotline.Integration.Tests.Infrastructure;

namespace Hotline.Integration.Tests.Knowledge;

/// <summary>
/// The knowledge workflow on a real silo over Azurite: what seats are offered follows the workflow at once —
/// published entries are found, a retired entry never again, an urgent one after a single review.
/// </summary>
[Collection(GrainCollection.Name)]
public sealed class KnowledgeWorkflowTests(RealTimeClusterFixture fixture)
{
    private const string HeatingLeaf = "0101010101";
    private IClusterClient Client => fixture.Client;

    private static KnowledgeContentDto Content(string question, string answer) =>
        new(question, answer, HeatingLeaf, ["RL-LS"], ["供热"], null, null);

    private Task<KnowledgeSearchResult> Search(string text) => Client.GetGrain<IKnowledgeSearchGrain>(0).Search(text, 5, null);

    [Fact]
    public async Task A_published_entry_is_found_and_once_retired_is_never_offered_again()
    {
        var id = $"KT{Guid.NewGuid():N}"[..16];
        var entry = Client.GetGrain<IKnowledgeEntryGrain>(id);
        Assert.NotNull((await entry.Create(new CreateKnowledge("author-1", Content("玉泉苑小区供热期间室内温度偏低如何报修", "请拨打离石区集中供热公司报修电话，维修人员将在两小时内上门检测室温并处理。"), false))).Entry);

        Assert.DoesNotContain((await Search("玉泉苑 暖气不热")).Hits, h => h.Id == id);
        Assert.Equal("reviewed", (await entry.Review(new ReviewKnowledge("reviewer-1", true, null))).Entry!.Status);
        Assert.DoesNotContain((await Search("玉泉苑 暖气不热")).Hits, h => h.Id == id);

        Assert.True((await entry.Publish("reviewer-1")).Entry!.Offered);
        var found = await Search("玉泉苑 暖气不热 室温低");
        var hit = Assert.Single(found.Hits, h => h.Id == id);
        Assert.Contains("<em>", hit.QuestionHtml);

        var retired = await entry.Retire(new RetireKnowledge("reviewer-1", "政策调整，已过时"));
        Assert.Equal("retired", retired.Entry!.Status);
        Assert.DoesNotContain((await Search("玉泉苑 暖气不热 室温低")).Hits, h => h.Id == id);
        Assert.NotNull((await entry.RecordHit("order-1")).Error);
        Assert.NotNull((await entry.Edit(new EditKnowledge("author-1", Content("玉泉苑小区供热期间室内温度偏低如何报修", "新的答复内容，不应再被采用。")))).Error);
        Assert.DoesNotContain((await Search("玉泉苑")).Hits, h => h.Id == id);
    }

    [Fact]
    public async Task An_urgent_entry_is_published_by_one_review_and_found_at_once()
    {
        var id = $"KU{Guid.NewGuid():N}"[..16];
        var entry = Client.GetGrain<IKnowledgeEntryGrain>(id);
        await entry.Create(new CreateKnowledge("author-2", Content("凤山街道今晚临时停暖抢修什么时候恢复", "凤山街道供热主管网今晚抢修，预计次日凌晨六时前恢复供热，请居民做好保暖。"), true));

        var reviewed = await entry.Review(new ReviewKnowledge("reviewer-2", true, "应急征集，核实无误"));

        Assert.Equal("published", reviewed.Entry!.Status);
        Assert.Contains((await Search("凤山街道 停暖 什么时候恢复")).Hits, h => h.Id == id);
    }

    [Fact]
    public async Task The_author_cannot_review_their_own_revision_and_nothing_changes()
    {
        var id = $"KA{Guid.NewGuid():N}"[..16];
        var entry = Client.GetGrain<IKnowledgeEntryGrain>(id);
        await entry.Create(new CreateKnowledge("author-3", Content("居民如何申请办理供热停供手续", "居民可在每年十月十五日前到供热公司营业厅申请停供，需携带房产证明。"), false));

        var result = await entry.Review(new ReviewKnowledge("author-3", true, null));

        Assert.NotNull(result.Error);
        Assert.Equal("draft", (await entry.Get())!.Status);
    }

    [Fact]
    public async Task Hits_from_direct_answers_rank_the_high_frequency_list()
    {
        var ids = new[] { $"KH{Guid.NewGuid():N}"[..16], $"KH{Guid.NewGuid():N}"[..16] };
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var entry = Client.GetGrain<IKnowledgeEntryGrain>(id);
            await entry.Create(new CreateKnowledge("author-4", Content($"高频测试问题第{i}条关于供热收费标准", "居民住宅供热价格按建筑面积每平方米每月计收，详见物价部门公布的标准。"), false));
            await entry.Review(new ReviewKnowledge("reviewer-4", true, null));
            await entry.Publish("reviewer-4");
        }
        for (var i = 0; i < 3; i++) Assert.Null((await Client.GetGrain<IKnowledgeEntryGrain>(ids[1]).RecordHit($"order-{i}")).Error);
        await Client.GetGrain<IKnowledgeEntryGrain>(ids[0]).RecordHit("order-9");

        var frequent = (await Client.GetGrain<IKnowledgeSearchGrain>(0).Frequent(20)).Hits.Where(h => ids.Contains(h.Id)).ToArray();

        Assert.Equal(ids.Reverse(), frequent.Select(h => h.Id));
        Assert.Equal(3, frequent[0].Hits);
    }
}
