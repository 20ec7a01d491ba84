using System.Globalization;
using Hotline.Contracts.Departments;
using Hotline.Contracts.TaskForces;
using Hotline.Dashboard.Auth;
using Hotline.Domain.Calendar;
using Hotline.Domain.Reference;
using Hotline.Dashboard.Hosting;

namespace Hotline.Dashboard.Api;

/// <summary>Departments, task forces and the working-day calendar. All need a login.</summary>
public static class ReferenceEndpoints
{
    public static IEndpointRouteBuilder MapReferenceEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization();

        api.MapGet("/departments", async (ReferenceData reference, IClusterClient client) =>
        {
            var snapshots = await Task.WhenAll(reference.Departments.Select(d => client.GetGrain<IDepartmentGrain>(d.Code).Get()));
            return Results.Ok(snapshots.Where(s => s is not null).Select(s => new
            {
                s!.Code, s.Name, s.Kind, s.Responsibilities, s.EmergencyContact,
                OpenOrders = s.OpenOrders.Count, Overdue = s.OpenOrders.Count(o => o.Overdue), s.Received, s.Completed, s.Returned,
            }));
        });

        // A department user sees its own department only (403 for any other code, known or not).
        api.MapGet("/departments/{code}", async (string code, HttpContext context, IClusterClient client) =>
            !context.User.CanSeeDepartment(code) ? Problems.Forbidden(AuthTexts.OtherDepartment(code))
            : await client.GetGrain<IDepartmentGrain>(code).Get() is { } department ? Results.Ok(department)
            : Problems.NotFound(ApiTexts.DepartmentNotFound(code)));

        api.MapGet("/departments/{code}/orders", async (string code, HttpContext context, IClusterClient client) =>
            !context.User.CanSeeDepartment(code) ? Problems.Forbidden(AuthTexts.OtherDepartment(code))
            : await client.GetGrain<IDepartmentGrain>(code).Get() is { } department ? Results.Ok(department.OpenOrders)
            : Problems.NotFound(ApiTexts.DepartmentNotFound(code)));

        api.MapGet("/taskforces/{code}", async (string code, IClusterClient client) =>
            await client.GetGrain<ITaskForceGrain>(code).Get() is { } taskForce
                ? Results.Ok(taskForce)
                : Problems.NotFound(ApiTexts.TaskForceNotFound(code)));

        api.MapGet("/calendar/due", (string? from, string? workingDays, WorkingCalendar calendar) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (!DateTimeOffset.TryParse(from, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) || !InstantText.HasOffset(from!))
                errors["from"] = [ApiTexts.FromInstant];
            else if (start.Year is < 2000 or > 2100)
                errors["from"] = [ApiTexts.FromRange];
            if (!int.TryParse(workingDays, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days is < 1 or > 365)
                errors["workingDays"] = [ApiTexts.WorkingDaysRange];
            if (errors.Count > 0) return Problems.Invalid(errors);
            var due = calendar.AddWorkingDays(start, days);
            return Results.Ok(new { from = start, workingDays = days, due, dueDayKind = calendar.KindOf(calendar.LocalDate(due)).ToString() });
        });
        return app;
    }
}
