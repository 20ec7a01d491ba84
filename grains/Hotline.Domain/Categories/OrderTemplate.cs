namespace Hotline.Domain.Categories;

/// <summary>
/// A work-order template (工单模板) for a category: title pattern and content skeleton with blanks
/// (＿＿) the seat fills, the default urgency code ("normal" | "urgent" | "life-safety") and the field labels.
/// </summary>
public sealed record OrderTemplate(string CategoryCode, string Title, string Content, string Urgency, IReadOnlyList<string> Fields);
