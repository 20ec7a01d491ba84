using Hotline.Contracts.Orders;

namespace Hotline.Contracts.Knowledge;

/// <summary>
/// One knowledge-base entry (知识), keyed by its id: its review workflow (draft → reviewed → published → retired,
/// or the urgent 应急征集 path), its versions and its hit count. Refusals are values (<see cref="OrderError"/>).
/// </summary>
[Alias("hotline.knowledge-entry")]
public interface IKnowledgeEntryGrain : IGrainWithStringKey
{
    [Alias("get")] Task<KnowledgeEntrySnapshot?> Get();
    [Alias("create")] Task<KnowledgeResult> Create(CreateKnowledge command);
    [Alias("edit")] Task<KnowledgeResult> Edit(EditKnowledge command);
    [Alias("review")] Task<KnowledgeResult> Review(ReviewKnowledge command);
    [Alias("publish")] Task<KnowledgeResult> Publish(string actor);
    [Alias("retire")] Task<KnowledgeResult> Retire(RetireKnowledge command);

    /// <summary>A seat answered a caller from this entry (直接答复); feeds the high-frequency list.</summary>
    [Alias("hit")] Task<KnowledgeResult> RecordHit(string orderId);
}
