using Hotline.Domain;
using Hotline.Domain.Reference;
using Hotline.Domain.WorkOrders;

namespace Hotline.Dashboard.Api;

/// <summary>GET /api/reference: what the intake form and the screens choose from, in one call.</summary>
public static class CatalogueEndpoints
{
    public static IEndpointRouteBuilder MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reference", (ReferenceData reference) => Results.Ok(new
        {
            City = new { Code = reference.CityCode, Name = reference.CityName },
            Districts = reference.Districts.Select(d => new { d.Code, d.Name, d.Lat, d.Lon }),
            Departments = reference.Departments.Select(d => new { d.Code, d.Name, d.Kind, d.District }),
            reference.Channels,
            // The categories are those some department owns: an order in any other could not be routed.
            Categories = reference.Departments.SelectMany(d => d.Owns).Distinct().Order(StringComparer.Ordinal),
            Urgencies = Enum.GetValues<Urgency>().Select(u => new { Code = Codes.Of(u), Text = WorkOrderTexts.UrgencyText(u) }),
            TaskForces = reference.TaskForces.Select(t => new { t.Code, t.Name, t.Categories }),
        }));
        return app;
    }
}
