namespace Hotline.Domain.WorkOrders;

/// <summary>Why a command was refused; maps to an HTTP status at the edge.</summary>
public enum DomainErrorKind
{
    /// <summary>Bad input (400).</summary>
    Invalid,
    /// <summary>Not allowed in the current state (409).</summary>
    Conflict,
}
