using Hotline.Domain.Reviews;

namespace Hotline.Grains.Reviews;

/// <summary>Where the city's review rules live: one row per rule, read whole when the rule book activates.</summary>
public interface IReviewRuleStore
{
    Task<IReadOnlyList<ReviewRule>> All(CancellationToken cancellationToken = default);

    Task<ReviewRule?> Get(string id, CancellationToken cancellationToken = default);

    /// <summary>Writes (inserts or replaces) one rule.</summary>
    Task Save(ReviewRule rule, CancellationToken cancellationToken = default);

    /// <summary>Bulk write, for the first-start seed.</summary>
    Task Import(IReadOnlyList<ReviewRule> rules, CancellationToken cancellationToken = default);
}
