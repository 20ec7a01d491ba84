using Hotline.Contracts.Callers;
using Hotline.Contracts.Departments;
using Hotline.Domain.WorkOrders;

namespace Hotline.Dashboard.Api;

/// <summary>Caller profiles and the departments' emergency contacts.</summary>
public static class CallerEndpoints
{
    public static IEndpointRouteBuilder MapCallerEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/callers/{phone}", async (string phone, IClusterClient client) =>
            PhoneNumber.IsValid(phone)
                ? Results.Ok(await client.GetGrain<ICallerGrain>(phone).Get())
                : Problems.Invalid("phone", WorkOrderTexts.PhoneFormat));

        app.MapPut("/api/departments/{code}/emergency-contact", async (string code, HttpContext context, IClusterClient client) =>
        {
            var (body, error) = await JsonBody.Read<EmergencyContactRequest>(context);
            if (error is not null) return error;
            var department = client.GetGrain<IDepartmentGrain>(code);
            if (await department.Get() is null) return Problems.NotFound(ApiTexts.DepartmentNotFound(code));

            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(body!.Name) || body.Name.Trim().Length > 50) errors["name"] = [ApiTexts.ContactName];
            if (!PhoneNumber.IsValid(body.Phone)) errors["phone"] = [WorkOrderTexts.PhoneFormat];
            if (errors.Count > 0) return Problems.Invalid(errors);

            return Results.Ok(await department.SetEmergencyContact(new EmergencyContact(body.Name!.Trim(), body.Phone!)));
        });
        return app;
    }

    public sealed record EmergencyContactRequest(string? Name, string? Phone);
}
