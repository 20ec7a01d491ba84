using Hotline.Contracts.Figures;
using Hotline.Dashboard.Auth;
using Hotline.Domain.Calendar;
using Hotline.Domain.Figures;

namespace Hotline.Dashboard.Api;

/// <summary>
/// 考核数据: the month's figures by dimension, the red/yellow cards and the hot spots, merged from the
/// figure shards by <see cref="IFiguresGrain"/>. A month is "YYYY-MM" (Asia/Shanghai), this month when
/// absent. A department user gets its own department's row only.
/// </summary>
public static class FigureEndpoints
{
    public static IEndpointRouteBuilder MapFigureEndpoints(this IEndpointRouteBuilder app)
    {
        var figures = app.MapGroup("/api/figures").RequireAuthorization();
        figures.MapGet("", ByDimension).RequireAuthorization(AuthPolicies.Figures);
        figures.MapGet("/cards", Cards).RequireAuthorization(AuthPolicies.FiguresCityWide);
        figures.MapGet("/hotspots", HotSpots).RequireAuthorization(AuthPolicies.FiguresCityWide);
        return app;
    }

    /// <summary>The month asked for, or this month; an error naming <c>month</c> when it is not "YYYY-MM".</summary>
    public static (string Month, IResult? Error) MonthOf(HttpContext context, WorkingCalendar calendar, TimeProvider time)
    {
        var text = context.Request.Query["month"].ToString();
        if (string.IsNullOrEmpty(text)) return (FigureMonth.Of(time.GetUtcNow(), calendar.TimeZone), null);
        return FigureMonth.TryParse(text, out var month) ? (month, null) : ("", Problems.Invalid("month", FigureApiTexts.MonthFormat));
    }

    private static async Task<IResult> ByDimension(HttpContext context, WorkingCalendar calendar, TimeProvider time, IClusterClient client)
    {
        var (month, error) = MonthOf(context, calendar, time);
        var by = context.Request.Query["by"].ToString() is { Length: > 0 } given ? given : FigureDimensions.Department;
        var errors = new Dictionary<string, string[]>();
        if (error is not null) errors["month"] = [FigureApiTexts.MonthFormat];
        if (!FigureDimensions.Queryable.Contains(by)) errors["by"] = [FigureApiTexts.UnknownBy(string.Join(" | ", FigureDimensions.Queryable))];
        if (errors.Count > 0) return Problems.Invalid(errors);

        var user = context.User;
        if (user.IsDepartmentUser() && by != FigureDimensions.Department) return Problems.Forbidden(FigureApiTexts.DepartmentRowOnly);

        var figures = await client.GetGrain<IFiguresGrain>(0).Month(month);
        IEnumerable<FigureRowData> rows = by switch
        {
            FigureDimensions.City => [figures.City],
            FigureDimensions.District => figures.Districts,
            FigureDimensions.Category => figures.Categories,
            _ => figures.Departments,
        };
        if (user.IsDepartmentUser()) rows = rows.Where(r => r.Key == user.DepartmentCode());
        return Results.Ok(new { month, by, rows });
    }

    private static async Task<IResult> Cards(HttpContext context, WorkingCalendar calendar, TimeProvider time, IClusterClient client, CardPolicy policy)
    {
        var (month, error) = MonthOf(context, calendar, time);
        if (error is not null) return error;
        var figures = await client.GetGrain<IFiguresGrain>(0).Month(month);
        return Results.Ok(new { month, minimumDispatched = policy.MinimumDispatched, figures.Cards });
    }

    private static async Task<IResult> HotSpots(HttpContext context, WorkingCalendar calendar, TimeProvider time, IClusterClient client)
    {
        var (month, error) = MonthOf(context, calendar, time);
        if (error is not null) return error;
        var figures = await client.GetGrain<IFiguresGrain>(0).Month(month);
        return Results.Ok(new { month, figures.HotSpots });
    }
}
