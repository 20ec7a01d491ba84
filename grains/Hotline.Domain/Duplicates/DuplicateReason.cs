namespace Hotline.Domain.Duplicates;

/// <summary>Why an earlier order is suggested as the same demand.</summary>
public enum DuplicateReason
{
    /// <summary>同一来电人、同一事项.</summary>
    SameCaller,
    /// <summary>同一地点、同类诉求 within the window.</summary>
    SamePlace,
}
