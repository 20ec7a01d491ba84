using Hotline.Contracts.Callers;
using Hotline.Contracts.Departments;
using Hotline.Dashboard.Auth;
using Hotline.Domain.WorkOrders;

namespace Hotline.Dashboard.Api;

/// <summary>Caller profiles and the departments' emergency contacts.</summary>
public static class CallerEndpoints
{
    public static IEndpointRouteBuilder MapCallerEndpoints(this IEndpointRouteBuilder app)
    {
        // The phone is in the URL: only the roles that may see phones may look a caller up.
        app.MapGet("/api/callers/{phone}", async (string phone, HttpContext context, IClusterClient client) =>
            PhoneNumber.IsValid(phone)
                ? Results.Ok(ResponseMasking.For(context.User, await client.GetGrain<ICallerGrain>(phone).Get()))
                : Problems.Invalid("phone", WorkOrderTexts.PhoneFormat))
            .RequireAuthorization(AuthPolicies.CallerLookup);

        // An administrator, or the department's own user: the contact is who the centre rings at night.
        app.MapPut("/api/departments/{code}/emergency-contact", async (string code, HttpContext context, IClusterClient client) =>
        {
            if (!context.User.CanSeeDepartment(code)) return Problems.Forbidden(AuthTexts.OtherDepartment(code));
            var (body, error) = await JsonBody.Read<EmergencyContactRequest>(context);
            if (error is not null) return error;
            var department = client.GetGrain<IDepartmentGrain>(code);
            if (await department.Get() is null) return Problems.NotFound(ApiTexts.DepartmentNotFound(code));

            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(body!.Name) || body.Name.Trim().Length > 50) errors["name"] = [ApiTexts.ContactName];
            if (!PhoneNumber.IsValid(body.Phone)) errors["phone"] = [WorkOrderTexts.PhoneFormat];
            if (errors.Count > 0) return Problems.Invalid(errors);

            return Results.Ok(await department.SetEmergencyContact(new EmergencyContact(body.Name!.Trim(), body.Phone!)));
        }).RequireAuthorization(AuthPolicies.DepartmentContact);
        return app;
    }

    public sealed record EmergencyContactRequest(string? Name, string? Phone);
}
