namespace Hotline.Domain.Knowledge;

/// <summary>Why a knowledge command was refused; maps to an HTTP status at the edge.</summary>
public enum KnowledgeErrorKind
{
    /// <summary>Bad input (400).</summary>
    Invalid,
    /// <summary>Not allowed in the current state (409).</summary>
    Conflict,
    /// <summary>No such entry (404).</summary>
    NotFound,
}
