namespace Hotline.Grains.Reviews;

/// <summary>User-facing text of the rule book grain.</summary>
internal static class ReviewBookTexts
{
    public const string Invalid = "审核规则填写有误，请按提示修改。";
}
