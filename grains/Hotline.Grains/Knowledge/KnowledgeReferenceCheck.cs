using Hotline.Domain.Categories;
using Hotline.Domain.Knowledge;
using Hotline.Domain.Reference;

namespace Hotline.Grains.Knowledge;

/// <summary>
/// What the domain cannot know about an entry's content: that its category is in the tree and its departments exist.
/// Reported together with the domain's own field errors, so the editor fixes the form in one go.
/// </summary>
public static class KnowledgeReferenceCheck
{
    public static Dictionary<string, string[]> Errors(KnowledgeContent content, string actor, CategoryTree categories, ReferenceData reference)
    {
        var errors = new Dictionary<string, string[]>();
        var code = content.CategoryCode?.Trim();
        if (KnowledgeValidator.IsCategoryCode(code) && categories.Find(code) is null)
            errors["categoryCode"] = [CategoryTexts.UnknownCode(code!)];
        var unknown = (content.Departments ?? []).Where(d => !string.IsNullOrWhiteSpace(d) && reference.FindDepartment(d.Trim()) is null).ToArray();
        if (unknown.Length > 0) errors["departments"] = unknown.Select(WorkOrders.OrderTexts.UnknownDepartment).ToArray();
        if (errors.Count == 0) return errors;

        foreach (var (field, messages) in KnowledgeValidator.Validate(content, actor))
            errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, .. messages] : [.. messages];
        return errors;
    }
}
