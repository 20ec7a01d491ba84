namespace Hotline.Domain.Reviews;

/// <summary>A rule is applied while active; a retired rule is kept for the record and never applied again.</summary>
public enum ReviewRuleStatus
{
    Active,
    Retired,
}
