namespace Hotline.Domain.WorkOrders;

/// <summary>A refused command: the Chinese message says why; field errors are keyed by camelCase input names.</summary>
public sealed record DomainError
{
    public DomainErrorKind Kind { get; init; }

    public string Message { get; init; } = "";

    public IReadOnlyDictionary<string, string[]> FieldErrors { get; init; } = new Dictionary<string, string[]>();

    public OrderStatus CurrentStatus { get; init; }

    public static DomainError Conflict(string message, OrderStatus current) =>
        new() { Kind = DomainErrorKind.Conflict, Message = message, CurrentStatus = current };

    public static DomainError Invalid(IReadOnlyDictionary<string, string[]> fieldErrors, OrderStatus current) =>
        new() { Kind = DomainErrorKind.Invalid, Message = WorkOrderTexts.InvalidInput, FieldErrors = fieldErrors, CurrentStatus = current };
}
