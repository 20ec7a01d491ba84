using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hotline.Integration.Tests.Infrastructure;
using static Hotline.Integration.Tests.Api.ProblemAssert;
using States = Hotline.Integration.Tests.Infrastructure.OrderApi.States;

namespace Hotline.Integration.Tests.Supervision;

/// <summary>催办 and 提级督办 through the API: who may, what comes back, and every refusal.</summary>
[Collection(ApiCollection.Name)]
public sealed class UrgeAndEscalationApiTests(ApiFixture fixture)
{
    private readonly OrderApi _api = new(fixture);

    private Task<HttpResponseMessage> Post(string url, string json, string user) =>
        fixture.As(user).PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task The_centre_urges_the_lead_and_the_lead_acknowledges()
    {
        var id = await _api.OrderIn(States.Accepted);

        var urged = await Ok(await Post($"/api/orders/{id}/urge", """{"message":"请今日内上门处理"}""", Logins.Dispatcher));
        var urge = urged.GetProperty("urges")[0];
        Assert.Equal(("请今日内上门处理", Logins.Dispatcher, "RL-LS"),
            (urge.GetProperty("message").GetString(), urge.GetProperty("by").GetString(), urge.GetProperty("department").GetString()));
        Assert.Equal(JsonValueKind.Null, urge.GetProperty("acknowledgedAt").ValueKind);
        var audit = urged.GetProperty("events").EnumerateArray().Last();
        Assert.Equal(("urged", "RL-LS"), (audit.GetProperty("action").GetString(), audit.GetProperty("department").GetString()));
        await Ok(await Post($"/api/orders/{id}/urge", """{"message":"再次催办"}""", Logins.Reviewer));

        // The co-handler is not the one urged; the lead acknowledges both urges at once.
        await ProblemOf(await Post($"/api/orders/{id}/urge/ack", "{}", Logins.Zjj), HttpStatusCode.Conflict, "co-handler acknowledges");
        var acked = await Ok(await Post($"/api/orders/{id}/urge/ack", "{}", Logins.RlLs));
        Assert.All(acked.GetProperty("urges").EnumerateArray(), u => Assert.Equal(Logins.RlLs, u.GetProperty("acknowledgedBy").GetString()));
        Assert.Equal("urge-acknowledged", acked.GetProperty("events").EnumerateArray().Last().GetProperty("action").GetString());

        var again = await ProblemOf(await Post($"/api/orders/{id}/urge/ack", "{}", Logins.RlLs), HttpStatusCode.Conflict, "nothing left to acknowledge");
        Assert.Equal("accepted", again.GetProperty("currentStatus").GetString());
    }

    [Theory]
    [InlineData(Logins.Seat1)]
    [InlineData(Logins.RlLs)]
    [InlineData(Logins.Leader)]
    public async Task Only_the_centre_urges(string user)
    {
        var id = await _api.OrderIn(States.Dispatched);
        var response = await Post($"/api/orders/{id}/urge", """{"message":"请尽快签收"}""", user);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Another_department_cannot_acknowledge_for_the_lead()
    {
        var id = await _api.OrderIn(States.Dispatched);
        await Ok(await Post($"/api/orders/{id}/urge", """{"message":"请尽快签收"}""", Logins.Dispatcher));

        var response = await Post($"/api/orders/{id}/urge/ack", """{"department":"RL-LS"}""", Logins.RlXy);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"got {(int)response.StatusCode}");
        Assert.Equal(JsonValueKind.Null, (await _api.Get(id)).GetProperty("urges")[0].GetProperty("acknowledgedAt").ValueKind);
    }

    [Theory]
    [InlineData(States.Accepted, "urge", """{"message":""}""", 400, "message")]
    [InlineData(States.Accepted, "urge", """{"message":"   "}""", 400, "message")]
    [InlineData(States.Accepted, "urge", "{}", 400, "message")]
    [InlineData(States.Accepted, "urge", """{"message":42}""", 400, "message")]
    [InlineData(States.Pending, "urge", """{"message":"请尽快处理"}""", 409, "pending-dispatch")]
    [InlineData(States.Replied, "urge", """{"message":"请尽快处理"}""", 409, "replied")]
    [InlineData(States.Closed, "urge", """{"message":"请尽快处理"}""", 409, "closed")]
    [InlineData(States.Accepted, "escalations/ack", """{"level":"mayor"}""", 400, "level")]
    [InlineData(States.Accepted, "escalations/ack", """{"level":"handler"}""", 400, "level")]
    [InlineData(States.Accepted, "escalations/ack", "{}", 400, "level")]
    [InlineData(States.Accepted, "escalations/ack", """{"level":3}""", 400, "level")]
    [InlineData(States.Accepted, "escalations/ack", """{"level":"centre"}""", 409, "accepted")]
    [InlineData(States.Accepted, "escalations/ack", """{"level":"leadership"}""", 409, "accepted")]
    [InlineData(States.Accepted, "urge/ack", "{}", 409, "accepted")]
    [InlineData(States.PendingCallback, "callback", """{"satisfaction":"satisfied","resolved":"yes"}""", 400, "resolved")]
    [InlineData(States.PendingCallback, "callback", """{"satisfaction":"unknown"}""", 400, "satisfaction")]
    public async Task Bad_input_and_illegal_states_are_refused_and_change_nothing(string state, string action, string body, int status, string named)
    {
        var id = await _api.OrderIn(state);
        var before = await _api.Get(id);

        var problem = await ProblemOf(await Post($"/api/orders/{id}/{action}", body, Logins.Admin), (HttpStatusCode)status, $"{action} {body}");

        if (status == 400) AssertNamesFields(problem, named);
        else Assert.Equal(named, problem.GetProperty("currentStatus").GetString());
        Assert.Equal(before.GetProperty("version").GetInt64(), (await _api.Get(id)).GetProperty("version").GetInt64());
    }

    [Theory]
    [InlineData("urge", """{"message":"请尽快处理"}""")]
    [InlineData("urge/ack", "{}")]
    [InlineData("escalations/ack", """{"level":"centre"}""")]
    public async Task An_unknown_order_is_a_404(string action, string body) =>
        await ProblemOf(await Post($"/api/orders/{Api.BadInputCases.UnknownOrderId}/{action}", body, Logins.Admin), HttpStatusCode.NotFound, action);

    [Theory]
    [InlineData(Logins.RlLs, "centre")]
    [InlineData(Logins.RlLs, "leadership")]
    [InlineData(Logins.Dispatcher, "department-head")]
    [InlineData(Logins.Dispatcher, "leadership")]
    [InlineData(Logins.Leader, "centre")]
    [InlineData(Logins.Reviewer, "leadership")]
    [InlineData(Logins.Seat1, "centre")]
    public async Task Each_level_is_acknowledged_by_its_own_roles(string user, string level)
    {
        var id = await _api.OrderIn(States.Accepted);
        var response = await Post($"/api/orders/{id}/escalations/ack", $$"""{"level":"{{level}}"}""", user);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_fitting_role_without_an_open_step_gets_a_409_not_a_403()
    {
        var id = await _api.OrderIn(States.Accepted);
        await ProblemOf(await Post($"/api/orders/{id}/escalations/ack", """{"level":"department-head"}""", Logins.RlLs), HttpStatusCode.Conflict, "lead, no step");
        await ProblemOf(await Post($"/api/orders/{id}/escalations/ack", """{"level":"centre"}""", Logins.Reviewer), HttpStatusCode.Conflict, "reviewer, no step");
        await ProblemOf(await Post($"/api/orders/{id}/escalations/ack", """{"level":"leadership"}""", Logins.Leader), HttpStatusCode.Conflict, "leader, no step");
    }

    [Fact]
    public async Task The_supervision_list_is_for_the_centre_and_leaders_and_checks_its_query()
    {
        foreach (var user in new[] { Logins.Leader, Logins.Reviewer, Logins.Dispatcher, Logins.Admin })
        {
            var list = await fixture.As(user).GetFromJsonAsync<JsonElement>("/api/supervision?level=centre&pageSize=10");
            Assert.Equal(JsonValueKind.Array, list.GetProperty("items").ValueKind);
            Assert.All(list.GetProperty("items").EnumerateArray(), i =>
                Assert.Contains(i.GetProperty("supervision").EnumerateArray(), s => s.GetProperty("level").GetString() == "centre"));
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.As(Logins.Seat1).GetAsync("/api/supervision")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.As(Logins.RlLs).GetAsync("/api/supervision")).StatusCode);
        AssertNamesFields(await ProblemOf(await fixture.As(Logins.Leader).GetAsync("/api/supervision?level=mayor"), HttpStatusCode.BadRequest, "level"), "level");
        AssertNamesFields(await ProblemOf(await fixture.As(Logins.Leader).GetAsync("/api/supervision?pageSize=0"), HttpStatusCode.BadRequest, "pageSize"), "pageSize");
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
