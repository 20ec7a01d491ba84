namespace Hotline.Domain.Duplicates;

/// <summary>
/// An earlier order the seat should look at. <see cref="Mergeable"/> is true only for open orders, which can be a
/// merge parent (并单); a closed one is shown as related, for context.
/// </summary>
public sealed record DuplicateSuggestion(
    string OrderId,
    DuplicateReason Reason,
    double Similarity,
    double? DistanceMeters,
    bool Mergeable,
    string Title,
    string Status,
    DateTimeOffset ReceivedAt)
{
    /// <summary>Related only: a closed order on the same matter, which cannot take the new one.</summary>
    public bool Related => !Mergeable;
}
