using Hotline.Contracts.Callers;
using Hotline.Contracts.Orders;

namespace Hotline.Contracts.Intake;

/// <summary>
/// Checks an intake before the seat creates it: the caller's final-reply lock (最终答复), duplicates of the same
/// caller or the same place (重复诉求, offered for 并单), and the caller's profile. Runs on the silo that takes the call.
/// </summary>
[Alias("hotline.intake-advisor")]
public interface IIntakeAdvisorGrain : IGrainWithIntegerKey
{
    [Alias("review")] Task<IntakeReview> Review(MatterQuery query);
}

[GenerateSerializer, Immutable, Alias("hotline.intake-review")]
public sealed record IntakeReview
{
    /// <summary>Set when the same matter already had a final reply: the order will be refused; tell the caller this reply.</summary>
    [Id(0)] public FinalReplyNotice? FinalReply { get; init; }
    [Id(1)] public required IReadOnlyList<DuplicateOffer> Duplicates { get; init; }
    [Id(2)] public required CallerPortrait Caller { get; init; }
}

/// <summary>An earlier order that looks like the same demand; open ones can take this one as a merged child (并单).</summary>
[GenerateSerializer, Immutable, Alias("hotline.duplicate-offer")]
public sealed record DuplicateOffer(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string Reason,
    [property: Id(2)] string ReasonText,
    [property: Id(3)] double Similarity,
    [property: Id(4)] double? DistanceMeters,
    [property: Id(5)] bool Mergeable,
    [property: Id(6)] string Title,
    [property: Id(7)] string Status,
    [property: Id(8)] string StatusText,
    [property: Id(9)] DateTimeOffset ReceivedAt);
