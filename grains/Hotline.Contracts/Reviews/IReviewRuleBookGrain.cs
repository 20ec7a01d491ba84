using Hotline.Contracts.Orders;

namespace Hotline.Contracts.Reviews;

/// <summary>
/// The city's review rules (审核规则), one grain per city (key <see cref="CityKey"/>): loads the rules on
/// activation, adds and retires them, and applies those in force to replies. A change applies to the next
/// evaluation, with no deploy. Refusals are values (<see cref="OrderError"/>).
/// </summary>
[Alias("hotline.review-rule-book")]
public interface IReviewRuleBookGrain : IGrainWithStringKey
{
    public const string CityKey = "city";

    [Alias("list")] Task<ReviewRulePage> List(ReviewRuleQuery query);

    [Alias("get")] Task<ReviewRuleDto?> Get(string id);

    [Alias("add")] Task<ReviewRuleResult> Add(AddReviewRule command);

    [Alias("retire")] Task<ReviewRuleResult> Retire(RetireReviewRule command);

    /// <summary>The rules in force for the stage ("self-check" | "department" | "centre") applied to the reply.</summary>
    [Alias("evaluate")] Task<ReviewCheckReport> Evaluate(ReplyUnderReviewDto reply, string stage);
}
