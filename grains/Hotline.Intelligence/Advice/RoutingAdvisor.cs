using Hotline.Domain.Categories;
using Hotline.Intelligence.Routing;

namespace Hotline.Intelligence.Advice;

/// <summary>
/// Suggests the lead department of an order: the responsibility list decides first; where it does not, the text
/// classifier's top 3. A decided rule is followed by the model's other guesses, so the seat still sees three.
/// </summary>
public sealed class RoutingAdvisor(ResponsibilityList rules, TextClassifier? model)
{
    public const int Top = 3;

    public IReadOnlyList<DepartmentSuggestion> Advise(RoutingInput input)
    {
        var list = new List<DepartmentSuggestion>(Top);
        if (rules.Decide(input.CategoryCode, input.DistrictCode) is { } decision)
            list.Add(new DepartmentSuggestion(decision.Department, 1.0, RoutingSource.Rule));
        if (model is not null)
        {
            foreach (var s in model.Predict(input, Top + 1))
            {
                if (list.Count == Top) break;
                if (list.All(d => d.Department != s.Label)) list.Add(new DepartmentSuggestion(s.Label, s.Confidence, RoutingSource.Model));
            }
        }
        Fill(list, input);
        return list;
    }

    /// <summary>What the responsibility list alone would suggest: the baseline the classifier must beat.</summary>
    public IReadOnlyList<DepartmentSuggestion> RulesOnly(RoutingInput input)
    {
        var list = new List<DepartmentSuggestion>(Top);
        if (rules.Decide(input.CategoryCode, input.DistrictCode) is { } decision)
            list.Add(new DepartmentSuggestion(decision.Department, 1.0, RoutingSource.Rule));
        Fill(list, input);
        return list;
    }

    private void Fill(List<DepartmentSuggestion> list, RoutingInput input)
    {
        var fallback = rules.DepartmentsUnder(string.IsNullOrEmpty(input.CategoryCode) ? null : input.CategoryCode, input.DistrictCode);
        foreach (var department in fallback)
        {
            if (list.Count == Top) break;
            if (list.All(d => d.Department != department)) list.Add(new DepartmentSuggestion(department, 0, RoutingSource.RuleFallback));
        }
    }
}
