using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Integration.Tests.Infrastructure;

namespace Hotline.Integration.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class CallerAndContactTests(ApiFixture fixture)
{
    private readonly OrderApi _api = new(fixture);
    private HttpClient Seat => fixture.As(Logins.Seat1);
    private HttpClient Admin => fixture.As(Logins.Admin);

    [Fact]
    public async Task Caller_profile_lists_the_callers_orders_and_open_demands()
    {
        var id = OrderApi.Id(await _api.Create(OrderApi.HeatingIntake("13511112222")));
        var profile = await Eventually.Get(() => Seat.GetFromJsonAsync<JsonElement>("/api/callers/13511112222"),
            p => p.GetProperty("orders").EnumerateArray().Any(o => o.GetString() == id), "the caller profile lists the new order");
        Assert.Contains(id, profile.GetProperty("openDemands").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal("王先生", profile.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Caller_profile_refuses_a_malformed_phone()
    {
        var response = await Seat.GetAsync("/api/callers/not-a-phone");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("phone", out _));
    }

    [Fact]
    public async Task Emergency_contact_is_set_and_bad_input_changes_nothing()
    {
        var ok = await Admin.PutAsJsonAsync("/api/departments/RQ/emergency-contact", new { name = "燃气公司值班室", phone = "03588888888" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        var bad = await Admin.PutAsJsonAsync("/api/departments/RQ/emergency-contact", new { name = "", phone = "12ab" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("phone", out _));

        var department = await Admin.GetFromJsonAsync<JsonElement>("/api/departments/RQ");
        var contact = department.GetProperty("emergencyContact");
        Assert.Equal("燃气公司值班室", contact.GetProperty("name").GetString());
        Assert.Equal("03588888888", contact.GetProperty("phone").GetString());

        var unknown = await Admin.PutAsJsonAsync("/api/departments/NOPE/emergency-contact", new { name = "值班室", phone = "03588888888" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
