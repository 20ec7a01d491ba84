using Hotline.Contracts.Figures;
using Hotline.Dashboard.Auth;
using Hotline.Domain.Calendar;
using Hotline.Domain.Reference;

namespace Hotline.Dashboard.Api;

/// <summary>
/// 月度考核报告: GET /api/reports/monthly?month=&amp;department=&amp;format=json|csv. JSON for the printable page;
/// CSV (UTF-8 with BOM, for Excel) as a download named 12345-月报-YYYY-MM[-DEPT].csv. A department user
/// gets its own department's report only.
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/monthly", Monthly).RequireAuthorization(AuthPolicies.Figures);
        return app;
    }

    private static async Task<IResult> Monthly(HttpContext context, WorkingCalendar calendar, TimeProvider time,
        ReferenceData reference, IClusterClient client)
    {
        var q = context.Request.Query;
        var (month, monthError) = FigureEndpoints.MonthOf(context, calendar, time);
        var department = q["department"].ToString() is { Length: > 0 } d ? d : null;
        var format = q["format"].ToString() is { Length: > 0 } f ? f : "json";
        var errors = new Dictionary<string, string[]>();
        if (monthError is not null) errors["month"] = [Domain.Figures.FigureApiTexts.MonthFormat];
        if (department is not null && reference.FindDepartment(department) is null)
            errors["department"] = [Domain.Figures.FigureApiTexts.UnknownDepartment(department)];
        if (format is not ("json" or "csv")) errors["format"] = [Domain.Figures.FigureApiTexts.UnknownFormat];
        if (errors.Count > 0) return Problems.Invalid(errors);

        var user = context.User;
        if (user.IsDepartmentUser())
        {
            if (user.DepartmentCode() is not { } own) return Problems.Forbidden();
            if (department is not null && department != own) return Problems.Forbidden(Domain.Figures.FigureApiTexts.OwnDepartmentOnly(own));
            department = own;
        }

        var figures = client.GetGrain<IFiguresGrain>(0);
        if (format == "csv")
        {
            var bytes = await figures.MonthlyCsv(month, department);
            var name = department is null ? $"12345-月报-{month}.csv" : $"12345-月报-{month}-{department}.csv";
            return Results.File(bytes, "text/csv; charset=utf-8", name);
        }

        var m = await figures.Month(month);
        var departments = department is null ? m.Departments : m.Departments.Where(r => r.Key == department).ToArray();
        return Results.Ok(new
        {
            month,
            department,
            departmentName = department is null ? null : reference.FindDepartment(department)?.Name,
            generatedAt = time.GetUtcNow(),
            city = m.City,
            departments,
            cards = department is null ? m.Cards : m.Cards.Where(c => c.Department == department).ToArray(),
            typicalCases = department is null ? m.TypicalCases : TypicalOf(departments.FirstOrDefault()),
            hotSpots = department is null ? m.HotSpots.Take(10).ToArray() : [],
        });
    }

    private static IReadOnlyList<TypicalCaseCount> TypicalOf(FigureRowData? row) =>
        row is null ? [] : row.Counters.TypicalCases
            .OrderByDescending(x => x.Value)
            .Select(x => new TypicalCaseCount(x.Key, Domain.Figures.FigureTexts.TypicalCaseName(x.Key), x.Value))
            .ToArray();
}
