using Hotline.Domain.WorkOrders;

namespace Hotline.Domain.Knowledge;

/// <summary>Checks an entry's content before anything is written; reports every problem at once.</summary>
public static class KnowledgeValidator
{
    public const int QuestionMin = 4;
    public const int QuestionMax = 200;
    public const int AnswerMin = 10;
    public const int AnswerMax = 4000;
    public const int MaxDepartments = 50;
    public const int MaxTags = 20;
    public const int TagMax = 20;

    /// <summary>Field errors of <paramref name="content"/> as it would be stored (trimmed), empty when it is fine.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(KnowledgeContent content, string actor)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Check(content.Normalized(), FieldErrors.ForActor(actor)).ToDictionary();
    }

    /// <summary>Two digits per level, one to five levels, no level "00".</summary>
    public static bool IsCategoryCode(string? code)
    {
        if (code is null || code.Length is < 2 or > 10 || code.Length % 2 != 0) return false;
        for (var i = 0; i < code.Length; i += 2)
        {
            if (!char.IsAsciiDigit(code[i]) || !char.IsAsciiDigit(code[i + 1])) return false;
            if (code[i] == '0' && code[i + 1] == '0') return false;
        }
        return true;
    }

    /// <summary>Checks normalized content: blank list items are already gone, so only lengths and counts remain.</summary>
    internal static FieldErrors Check(KnowledgeContent content, FieldErrors errors)
    {
        Length(errors, "question", content.Question, QuestionMin, QuestionMax, KnowledgeTexts.FieldQuestion);
        Length(errors, "answer", content.Answer, AnswerMin, AnswerMax, KnowledgeTexts.FieldAnswer);
        if (!IsCategoryCode(content.CategoryCode)) errors.Add("categoryCode", KnowledgeTexts.CategoryFormat);
        List(errors, "departments", content.Departments, MaxDepartments, int.MaxValue, KnowledgeTexts.FieldDepartments);
        List(errors, "tags", content.Tags, MaxTags, TagMax, KnowledgeTexts.FieldTags);
        if (content is { ValidFrom: { } from, ValidUntil: { } until } && until <= from)
            errors.Add("validUntil", KnowledgeTexts.ValidUntilAfterFrom);
        return errors;
    }

    private static void Length(FieldErrors errors, string field, string? value, int min, int max, string label)
    {
        var length = value?.Trim().Length ?? 0;
        if (length < min || length > max) errors.Add(field, KnowledgeTexts.Length(label, min, max));
    }

    private static void List(FieldErrors errors, string field, IReadOnlyList<string>? values, int maxCount, int maxLength, string label)
    {
        if (values is null) return;
        if (values.Count > maxCount) errors.Add(field, KnowledgeTexts.TooMany(label, maxCount));
        if (values.Any(v => v.Length > maxLength)) errors.Add(field, KnowledgeTexts.TooLong(label, maxLength));
    }
}
