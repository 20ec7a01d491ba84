namespace Hotline.Domain.WorkOrders;

/// <summary>An intake that cannot become a work order; carries the field errors for a ValidationProblemDetails.</summary>
public sealed class DomainValidationException(IReadOnlyDictionary<string, string[]> fieldErrors)
    : Exception(WorkOrderTexts.InvalidIntake)
{
    /// <summary>camelCase field (e.g. "caller.phone") → Chinese messages.</summary>
    public IReadOnlyDictionary<string, string[]> FieldErrors { get; } = fieldErrors;
}
