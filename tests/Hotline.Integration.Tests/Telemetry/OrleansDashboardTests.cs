using System.Net;
using Hotline.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests.Telemetry;

/// <summary>The Orleans dashboard at /orleans, beside the telemetry wiring: served to an admin, refused to anyone else.</summary>
[Collection(ApiCollection.Name)]
public sealed class OrleansDashboardTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_orleans_dashboard_is_served_to_an_admin_with_live_cluster_data()
    {
        var page = await fixture.As(Logins.Admin).GetAsync("/orleans/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var routes = fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(p => p.StartsWith("/orleans/", StringComparison.Ordinal) && !p.Contains('{'))
            .ToList();
        var data = routes.FirstOrDefault(p => p.Contains("Counters", StringComparison.OrdinalIgnoreCase));
        Assert.True(data is not null, "routes under /orleans: " + string.Join(", ", routes));
        var counters = await Eventually.Get(() => fixture.As(Logins.Admin).GetAsync(data), r => r.StatusCode == HttpStatusCode.OK,
            $"{data} answers with the cluster's counters");
        Assert.Contains("\"totalActiveHostCount\"", await counters.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_orleans_dashboard_is_refused_without_a_login_and_to_a_seat()
    {
        Assert.NotEqual(HttpStatusCode.OK, (await fixture.NewBrowser().GetAsync("/orleans/")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await fixture.As(Logins.Seat1).GetAsync("/orleans/")).StatusCode);
    }
}
