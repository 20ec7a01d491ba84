namespace Hotline.Contracts.Orders;

/// <summary>Why a command changed nothing.</summary>
public enum OrderErrorKind
{
    /// <summary>Bad input: 400, with the fields named.</summary>
    Invalid,
    /// <summary>Not allowed in the current status: 409.</summary>
    Conflict,
    /// <summary>No such order: 404.</summary>
    NotFound,
}

[GenerateSerializer, Immutable, Alias("hotline.order-error")]
public sealed record OrderError(
    [property: Id(0)] OrderErrorKind Kind,
    [property: Id(1)] string Message,
    [property: Id(2)] IReadOnlyDictionary<string, string[]> FieldErrors,
    [property: Id(3)] string? CurrentStatus)
{
    /// <summary>A new order refused because the caller's same matter already had a final reply (最终答复): that reply.</summary>
    [Id(4)] public FinalReplyNotice? FinalReply { get; init; }
}

/// <summary>The earlier order whose final reply (最终答复) closes the matter, with its reply and evidence.</summary>
[GenerateSerializer, Immutable, Alias("hotline.final-reply-notice")]
public sealed record FinalReplyNotice(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Department,
    [property: Id(3)] string? Reply,
    [property: Id(4)] IReadOnlyList<string> Evidence,
    [property: Id(5)] DateTimeOffset? At);

[GenerateSerializer, Immutable, Alias("hotline.order-result")]
public sealed record OrderResult([property: Id(0)] OrderSnapshot? Order, [property: Id(1)] OrderError? Error)
{
    public static OrderResult Ok(OrderSnapshot order) => new(order, null);
    public static OrderResult Fail(OrderError error) => new(null, error);
}
