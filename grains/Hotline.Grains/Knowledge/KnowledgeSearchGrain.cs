using System.Diagnostics;
using Hotline.Contracts.Knowledge;
using Hotline.Intelligence.Knowledge;
using Orleans.Concurrency;

namespace Hotline.Grains.Knowledge;

/// <summary>Searches this silo's index; a stateless worker, so every silo answers its own seats' searches.</summary>
[StatelessWorker]
public sealed class KnowledgeSearchGrain(KnowledgeIndexHost host, IKnowledgeStore store, TimeProvider time) : Grain, IKnowledgeSearchGrain
{
    public const int MaxTop = 20;

    public Task<KnowledgeSearchResult> Search(string text, int top, string? categoryCode)
    {
        var started = Stopwatch.GetTimestamp();
        var hits = host.Index.Search(text ?? "", time.GetUtcNow(), Math.Clamp(top, 1, MaxTop), string.IsNullOrWhiteSpace(categoryCode) ? null : categoryCode);
        return Task.FromResult(Result(hits, started));
    }

    public Task<KnowledgeSearchResult> Frequent(int top)
    {
        var started = Stopwatch.GetTimestamp();
        return Task.FromResult(Result(host.Index.MostHit(Math.Clamp(top, 1, MaxTop), time.GetUtcNow()), started));
    }

    public async Task<IReadOnlyList<KnowledgeListItem>> List(string status, int take) =>
        (await store.WithStatus(status, Math.Clamp(take, 1, 500)))
            .Select(r => new KnowledgeListItem(r.Id, r.Status, r.WorkingQuestion, r.WorkingAuthor, r.Version, r.Urgent, r.UpdatedAt, r.Hits))
            .ToArray();

    private KnowledgeSearchResult Result(IReadOnlyList<KnowledgeHit> hits, long started) => new(
        hits.Select(h => new KnowledgeHitDto(h.Id, h.Score, h.Question, h.QuestionHighlighted, h.Answer, h.AnswerHighlighted,
            h.CategoryCode, h.CategoryText, h.Departments, h.Hits, h.Version)).ToArray(),
        host.Index.Count, host.Ready, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}
