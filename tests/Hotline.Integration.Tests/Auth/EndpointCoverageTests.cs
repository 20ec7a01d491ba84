using System.Net;
using System.Text;
using Hotline.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests.Auth;

/// <summary>
/// Every endpoint the dashboard maps under /api and /hubs, found from its routing table rather than listed
/// by hand, refuses a request without a login: an endpoint added later cannot be left open by mistake.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EndpointCoverageTests(ApiFixture fixture)
{
    [Fact]
    public async Task Every_api_and_hub_endpoint_but_sign_in_needs_a_login()
    {
        var routes = fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Path: "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]))
            .Where(r => r.Path.StartsWith("/api/", StringComparison.Ordinal) || r.Path.StartsWith("/hubs/", StringComparison.Ordinal))
            .Where(r => !r.Path.StartsWith("/api/auth/", StringComparison.Ordinal))
            .ToArray();
        Assert.Contains(routes, r => r.Path == "/api/orders/{id}/dispatch");
        Assert.Contains(routes, r => r.Path == "/api/seats/{id}/status");

        var open = new List<string>();
        foreach (var (path, methods) in routes)
        {
            var url = string.Join('/', path.Split('/').Select(s => s.StartsWith('{') ? "X1" : s));
            foreach (var method in methods)
            {
                var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                var response = await fixture.Http.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.Unauthorized) open.Add($"{method} {path} → {(int)response.StatusCode}");
            }
        }
        Assert.True(open.Count == 0, "open without a login: " + string.Join("; ", open));
    }
}
