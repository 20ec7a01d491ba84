using System.Diagnostics.CodeAnalysis;

namespace Hotline.Domain.Knowledge;

/// <summary>The outcome of a knowledge command: the history it appended, or why it was refused (then nothing changed).</summary>
public sealed class KnowledgeResult
{
    private KnowledgeResult(IReadOnlyList<KnowledgeHistoryRecord> history, KnowledgeError? error)
    {
        History = history;
        Error = error;
    }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>The history records this command appended, in order (none for a hit).</summary>
    public IReadOnlyList<KnowledgeHistoryRecord> History { get; }

    public KnowledgeError? Error { get; }

    public static KnowledgeResult Success(IReadOnlyList<KnowledgeHistoryRecord> history) => new(history, null);

    public static KnowledgeResult Failure(KnowledgeError error) => new([], error);

    /// <summary>For the grain: a command on an entry that was never created.</summary>
    public static KnowledgeResult NotFound(string id) => Failure(KnowledgeError.NotFound(id));
}
