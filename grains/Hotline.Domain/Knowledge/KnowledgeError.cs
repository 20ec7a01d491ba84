namespace Hotline.Domain.Knowledge;

/// <summary>A refused knowledge command: the Chinese message says why; field errors are keyed by camelCase input names.</summary>
public sealed record KnowledgeError
{
    public KnowledgeErrorKind Kind { get; init; }

    public string Message { get; init; } = "";

    public IReadOnlyDictionary<string, string[]> FieldErrors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>The entry's status when the command was refused; null when there is no entry.</summary>
    public KnowledgeStatus? CurrentStatus { get; init; }

    public static KnowledgeError Conflict(string message, KnowledgeStatus current) =>
        new() { Kind = KnowledgeErrorKind.Conflict, Message = message, CurrentStatus = current };

    public static KnowledgeError Invalid(IReadOnlyDictionary<string, string[]> fieldErrors, KnowledgeStatus? current) =>
        new() { Kind = KnowledgeErrorKind.Invalid, Message = KnowledgeTexts.InvalidInput, FieldErrors = fieldErrors, CurrentStatus = current };

    public static KnowledgeError NotFound(string id) =>
        new() { Kind = KnowledgeErrorKind.NotFound, Message = KnowledgeTexts.NotFound(id) };
}
