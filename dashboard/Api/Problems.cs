using Hotline.Contracts.Orders;
using Hotline.Dashboard.Auth;

namespace Hotline.Dashboard.Api;

/// <summary>Errors as ProblemDetails: 400 names each bad field, 401/403 say who may, 409 carries the current status.</summary>
public static class Problems
{
    public static IResult Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Invalid(IDictionary<string, string[]> errors, string? detail = null) =>
        Results.ValidationProblem(errors, detail: detail, title: ApiTexts.InvalidTitle);

    public static IResult Unauthorized() =>
        Results.Problem(detail: AuthTexts.UnauthorizedDetail, statusCode: StatusCodes.Status401Unauthorized, title: AuthTexts.UnauthorizedTitle);

    public static IResult Forbidden(string detail = AuthTexts.ForbiddenDetail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: AuthTexts.ForbiddenTitle);

    public static IResult NotFound(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: ApiTexts.NotFoundTitle);

    public static IResult Conflict(string detail, string? currentStatus, string? currentStatusText) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: ApiTexts.ConflictTitle,
            extensions: new Dictionary<string, object?> { ["currentStatus"] = currentStatus, ["currentStatusText"] = currentStatusText });

    public static IResult From(OrderError error, Func<string?, string?> statusText) => error.Kind switch
    {
        OrderErrorKind.Invalid => Invalid(new Dictionary<string, string[]>(error.FieldErrors), error.Message),
        OrderErrorKind.NotFound => NotFound(error.Message),
        _ when error.FinalReply is { } finalReply => Results.Problem(detail: error.Message, statusCode: StatusCodes.Status409Conflict,
            title: ApiTexts.FinalReplyTitle, extensions: new Dictionary<string, object?> { ["finalReply"] = finalReply }),
        _ => Conflict(error.Message, error.CurrentStatus, statusText(error.CurrentStatus)),
    };
}
