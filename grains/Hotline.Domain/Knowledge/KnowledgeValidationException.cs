namespace Hotline.Domain.Knowledge;

/// <summary>A new entry that cannot be created; carries the field errors for a ValidationProblemDetails.</summary>
public sealed class KnowledgeValidationException(IReadOnlyDictionary<string, string[]> fieldErrors)
    : Exception(KnowledgeTexts.InvalidEntry)
{
    /// <summary>camelCase field (e.g. "question") → Chinese messages.</summary>
    public IReadOnlyDictionary<string, string[]> FieldErrors { get; } = fieldErrors;
}
