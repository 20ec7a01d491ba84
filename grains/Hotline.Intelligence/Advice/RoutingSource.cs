namespace Hotline.Intelligence.Advice;

/// <summary>Where a suggested department came from, shown to the seat beside it.</summary>
public static class RoutingSource
{
    /// <summary>职责清单: the responsibility list decided (category + district).</summary>
    public const string Rule = "rule";

    /// <summary>模型推荐: the text classifier trained on closed orders.</summary>
    public const string Model = "model";

    /// <summary>The list did not decide and no model is trained: the departments the list names under the category.</summary>
    public const string RuleFallback = "rule-fallback";
}
