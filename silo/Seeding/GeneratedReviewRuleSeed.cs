using Hotline.Domain.Categories;
using Hotline.Domain.Reference;
using Hotline.Domain.Reviews;
using Hotline.Grains.Reviews;
using Hotline.Synthetic.Reviews;

namespace Hotline.Silo.Seeding;

/// <summary>
/// First start: the centre's own rules from Data/review-rules.json and the generated per-leaf rules of the city's
/// bureaus (1,000+ in all). Deterministic ids, so two silos seeding at once write the same rows.
/// </summary>
public sealed class GeneratedReviewRuleSeed(string dataDirectory, CategoryTree categories, ReferenceData reference) : IReviewRuleSeed
{
    public IReadOnlyList<ReviewRule> Rules(DateTimeOffset now) =>
    [
        .. ReviewRuleFile.Load(dataDirectory, categories, reference, now),
        .. new ReviewRuleGenerator(categories).Rules(now),
    ];
}
