using Hotline.Domain.Reviews;

namespace Hotline.Grains.Reviews;

/// <summary>The rules a city starts with, written when the rule table is empty (registered only when seeding is on).</summary>
public interface IReviewRuleSeed
{
    IReadOnlyList<ReviewRule> Rules(DateTimeOffset now);
}
