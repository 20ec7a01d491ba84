using Hotline.Contracts.Orders;
using Hotline.Dashboard.Auth;
using Hotline.Domain;
using Hotline.Domain.WorkOrders;

namespace Hotline.Dashboard.Api;

/// <summary>
/// GET /api/orders: a page of the order index, filtered. A department user lists its own department's
/// orders only: without a department filter it gets its own, with another one a 403.
/// </summary>
public static class OrderListing
{
    public static async Task<IResult> Find(HttpContext context, IClusterClient client)
    {
        var q = context.Request.Query;
        var errors = new Dictionary<string, string[]>();

        string? status = NonEmpty(q["status"]);
        if (status is not null && !Codes.TryParse<OrderStatus>(status, out _))
            errors["status"] = [ApiTexts.UnknownStatus(Codes.Allowed<OrderStatus>())];

        bool? overdue = null;
        if (NonEmpty(q["overdue"]) is { } o)
        {
            if (bool.TryParse(o, out var parsed)) overdue = parsed;
            else errors["overdue"] = [ApiTexts.OverdueBoolean];
        }

        var pageSize = 50;
        if (NonEmpty(q["pageSize"]) is { } p && (!int.TryParse(p, out pageSize) || pageSize is < 1 or > 200))
            errors["pageSize"] = [ApiTexts.PageSizeRange];

        if (errors.Count > 0) return Problems.Invalid(errors);

        var department = NonEmpty(q["department"]);
        var user = context.User;
        if (user.IsDepartmentUser())
        {
            if (user.DepartmentCode() is not { } own) return Problems.Forbidden();
            if (department is not null && department != own) return Problems.Forbidden(AuthTexts.OtherDepartment(department));
            department = own;
        }

        var query = new OrderQuery(status, department, NonEmpty(q["taskForce"]), overdue, pageSize, NonEmpty(q["continuation"]));
        var page = await client.GetGrain<IOrderQueryGrain>(0).Find(query);
        return Results.Ok(page);
    }

    private static string? NonEmpty(Microsoft.Extensions.Primitives.StringValues value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.ToString().Trim();
}
