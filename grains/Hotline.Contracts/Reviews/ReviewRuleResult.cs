using Hotline.Contracts.Orders;

namespace Hotline.Contracts.Reviews;

[GenerateSerializer, Immutable, Alias("hotline.review-rule-result")]
public sealed record ReviewRuleResult([property: Id(0)] ReviewRuleDto? Rule, [property: Id(1)] OrderError? Error)
{
    public static ReviewRuleResult Ok(ReviewRuleDto rule) => new(rule, null);
    public static ReviewRuleResult Fail(OrderError error) => new(null, error);
}
