using System.Collections.Concurrent;
using Hotline.Domain.Reviews;

namespace Hotline.Grains.Reviews;

/// <summary>Review rules in memory, for the in-memory demo mode.</summary>
public sealed class InMemoryReviewRuleStore : IReviewRuleStore
{
    private readonly ConcurrentDictionary<string, ReviewRule> _rules = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<ReviewRule>> All(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ReviewRule>>(_rules.Values.ToArray());

    public Task<ReviewRule?> Get(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rules.GetValueOrDefault(id));

    public Task Save(ReviewRule rule, CancellationToken cancellationToken = default)
    {
        _rules[rule.Id] = rule;
        return Task.CompletedTask;
    }

    public Task Import(IReadOnlyList<ReviewRule> rules, CancellationToken cancellationToken = default)
    {
        foreach (var rule in rules) _rules[rule.Id] = rule;
        return Task.CompletedTask;
    }
}
