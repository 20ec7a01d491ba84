using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hotline.Integration.Tests.Infrastructure;
using static Hotline.Integration.Tests.Api.BadInputCases;
using static Hotline.Integration.Tests.Api.ProblemAssert;
using States = Hotline.Integration.Tests.Infrastructure.OrderApi.States;

namespace Hotline.Integration.Tests.Api;

/// <summary>
/// Bad input on every endpoint: 400 naming each bad field, 404 for what does not exist, 409 with the current
/// status for an illegal transition, always with a message a person can read, and the order left as it was.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BadInputTests(ApiFixture fixture)
{
    /// <summary>Reads go out as admin, who may read everything: these tests are about input, not roles.</summary>
    private HttpClient Http => fixture.As(Admin);

    // ---------------------------------------------------------------- POST /api/orders

    [Theory]
    [MemberData(nameof(Intakes), MemberType = typeof(BadInputCases))]
    public async Task Create_refuses_bad_intake_naming_each_field(string @case, string body, string fields)
    {
        var response = await Post("/api/orders", body, Seat);

        var problem = await ProblemOf(response, HttpStatusCode.BadRequest, @case);
        AssertNamesFields(problem, fields.Split(','));
        Assert.Null(response.Headers.Location);
        Assert.False(problem.TryGetProperty("id", out _), $"{@case}: a refused intake must not return an order");
    }

    [Fact]
    public async Task Create_accepts_the_intake_the_bad_cases_are_derived_from()
    {
        // The control for the table above: the unchanged intake is fine, so each row fails for its own fault.
        var response = await Post("/api/orders", JsonSerializer.Serialize(OrderApi.HeatingIntake(UniquePhone()), ApiFixture.Json), Seat);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(response.Headers.Location);
    }

    // ---------------------------------------------------------------- POST /api/orders/{id}/...

    [Theory]
    [MemberData(nameof(Commands), MemberType = typeof(BadInputCases))]
    public async Task Command_refuses_bad_input_and_leaves_the_order_unchanged(
        string state, string action, string actor, string body, int status, string named)
    {
        var id = await OrderIn(state);
        await AssertRefused(id, action, actor, body.Replace(Self, id).Replace(TooLong, new string('修', 4001)), (HttpStatusCode)status, named);
    }

    [Fact]
    public async Task Extension_until_not_later_than_the_current_due_is_a_400_on_until()
    {
        var id = await OrderIn(States.Accepted);
        var order = await GetOrder(id);
        // The lead's deadline an extension moves: its completion clock, or the task force's same-day clock.
        var deadline = order.GetProperty("clocks").EnumerateArray().Last(c =>
            c.GetProperty("stoppedAt").ValueKind == JsonValueKind.Null &&
            ((c.GetProperty("name").GetString() == "completion" && c.GetProperty("department").GetString() == "RL-LS") ||
             c.GetProperty("name").GetString() == "same-day"));
        var due = deadline.GetProperty("dueAt").GetString();

        // Exactly the current due is not later either.
        var body = JsonSerializer.Serialize(new { department = "RL-LS", until = due, reason = "需更换主管网阀门" }, ApiFixture.Json);
        var problem = await AssertRefused(id, "extension", LeadDept, body, HttpStatusCode.BadRequest, "until");
        Assert.Contains("晚于当前期限", problem.GetProperty("errors").GetProperty("until")[0].GetString());
    }

    [Fact]
    public async Task Extension_until_given_in_another_offset_is_told_back_in_local_time()
    {
        // Not bad input, but the other side of refusing offset-less instants: an explicit UTC instant is fine,
        // and the audit trail a person reads names it in the city's time, as the order's JSON does.
        var id = await OrderIn(States.Accepted);
        var order = await Do(id, "extension", new { department = "RL-LS", until = "2099-12-31T10:00:00Z", reason = "需更换主管网阀门" }, LeadDept, "accepted");
        Assert.Equal("2099-12-31T18:00:00+08:00", order.GetProperty("pendingExtension").GetProperty("until").GetString());
        var reason = order.GetProperty("events").EnumerateArray().Last().GetProperty("reason").GetString();
        Assert.Contains("2099-12-31 18:00", reason);
    }

    [Theory]
    [InlineData(States.Closed, "closed")]
    [InlineData(States.Answered, "directly-answered")]
    public async Task Merge_into_a_finished_parent_is_a_409_and_changes_neither_order(string parentState, string parentStatus)
    {
        var parent = await OrderIn(parentState);
        var child = await OrderIn(States.Pending);
        var parentBefore = await GetOrder(parent);
        Assert.Equal(parentStatus, Status(parentBefore));

        var body = JsonSerializer.Serialize(new { parentId = parent }, ApiFixture.Json);
        var problem = await AssertRefused(child, "merge", Dispatcher, body, HttpStatusCode.Conflict, "pending-dispatch");
        Assert.Contains(parent, problem.GetProperty("detail").GetString());

        AssertUnchanged(parentBefore, await GetOrder(parent));
    }

    [Fact]
    public async Task Refused_commands_in_a_row_leave_no_trace_and_the_order_still_moves_on()
    {
        // Many refusals on one order, then the legal command: the audit trail shows only what happened.
        // Sent as admin, who may send every command, so each refusal is the state's and not the role's.
        var id = await OrderIn(States.Dispatched);
        var before = await GetOrder(id);
        foreach (var (action, body) in new[]
                 {
                     ("reply", """{"department":"RL-LS","content":"已更换循环泵。"}"""),
                     ("accept", """{"department":"CGJ"}"""),
                     ("transfer", """{"to":"110"}"""),
                     ("answer", """{"answer":"已答复"}"""),
                     ("review", """{"level":"department","approved":true}"""),
                 })
        {
            var response = await Post($"/api/orders/{id}/{action}", body, Admin);
            await ProblemOf(response, HttpStatusCode.Conflict, action);
        }
        AssertUnchanged(before, await GetOrder(id));

        var accepted = await Do(id, "accept", new { department = "RL-LS" }, LeadDept, "accepted");
        Assert.Equal(Version(before) + 1, Version(accepted));
        Assert.Equal(Actions(before).Append("accepted"), Actions(accepted));
    }

    // ---------------------------------------------------------------- unknown order

    [Fact]
    public async Task Get_of_an_unknown_order_is_a_404()
    {
        var response = await Http.GetAsync($"/api/orders/{UnknownOrderId}");
        var problem = await ProblemOf(response, HttpStatusCode.NotFound, "GET unknown order");
        Assert.Contains(UnknownOrderId, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [MemberData(nameof(CommandsOnUnknownOrder), MemberType = typeof(BadInputCases))]
    public async Task Command_on_an_unknown_order_is_a_404_and_creates_nothing(string action, string body)
    {
        var response = await Post($"/api/orders/{UnknownOrderId}/{action}", body, Admin);
        var problem = await ProblemOf(response, HttpStatusCode.NotFound, action);
        Assert.Contains(UnknownOrderId, problem.GetProperty("detail").GetString());
        Assert.False(problem.TryGetProperty("errors", out _));

        var after = await Http.GetAsync($"/api/orders/{UnknownOrderId}");
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    // ---------------------------------------------------------------- GET /api/orders

    [Theory]
    [MemberData(nameof(ListQueries), MemberType = typeof(BadInputCases))]
    public async Task Listing_refuses_bad_filters_naming_the_parameter(string query, string field)
    {
        var response = await Http.GetAsync($"/api/orders?{query}");
        var problem = await ProblemOf(response, HttpStatusCode.BadRequest, query);
        AssertNamesFields(problem, field);
    }

    [Fact]
    public async Task Listing_names_every_bad_filter_at_once()
    {
        var response = await Http.GetAsync("/api/orders?status=bogus&overdue=maybe&pageSize=0");
        var problem = await ProblemOf(response, HttpStatusCode.BadRequest, "all bad");
        AssertNamesFields(problem, "status", "overdue", "pageSize");
    }

    [Fact]
    public async Task Listing_with_a_forged_continuation_is_not_a_server_error()
    {
        var response = await Http.GetAsync("/api/orders?continuation=not-a-token&pageSize=5");
        var text = await response.Content.ReadAsStringAsync();
        // Either ignored (a first page) or refused naming the parameter; never a 500.
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var problem = await ProblemOf(response, HttpStatusCode.BadRequest, "forged continuation");
            AssertNamesFields(problem, "continuation");
        }
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, text);
    }

    [Theory]
    [InlineData("status=pending-dispatch&overdue=false&pageSize=200")]
    [InlineData("pageSize=1")]
    [InlineData("")]
    public async Task Listing_accepts_good_filters(string query)
    {
        var response = await Http.GetAsync($"/api/orders?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // ---------------------------------------------------------------- GET /api/calendar/due

    [Theory]
    [MemberData(nameof(DueQueries), MemberType = typeof(BadInputCases))]
    public async Task Due_date_refuses_bad_parameters_naming_them(string query, string fields)
    {
        var response = await Http.GetAsync($"/api/calendar/due?{query}");
        var problem = await ProblemOf(response, HttpStatusCode.BadRequest, query);
        var expected = fields.Split(',');
        AssertNamesFields(problem, expected);
        // Only the bad parameter is named: the good one is not blamed.
        Assert.Equal(expected.Order(), problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Due_date_answers_a_good_query()
    {
        var response = await Http.GetAsync("/api/calendar/due?from=2026-02-13T10:00:00%2B08:00&workingDays=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var due = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("2026-02-14T10:00:00+08:00", due.GetProperty("due").GetString());
    }

    // ---------------------------------------------------------------- departments and task forces

    [Theory]
    [MemberData(nameof(UnknownReferencePaths), MemberType = typeof(BadInputCases))]
    public async Task Unknown_department_or_task_force_is_a_404(string path)
    {
        var response = await Http.GetAsync(path);
        var problem = await ProblemOf(response, HttpStatusCode.NotFound, path);
        Assert.Contains("NOPE", problem.GetProperty("detail").GetString());
    }

    // ================================================================ helpers

    /// <summary>
    /// GETs the order, sends the bad command, checks the problem it gets back, GETs the order again and
    /// checks that nothing changed. Returns the problem.
    /// </summary>
    private async Task<JsonElement> AssertRefused(string id, string action, string actor, string body, HttpStatusCode status, string named)
    {
        var before = await GetOrder(id);
        var response = await Post($"/api/orders/{id}/{action}", body, actor);
        var what = $"{action} {body} on {Status(before)}";
        var problem = await ProblemOf(response, status, what);

        if (status == HttpStatusCode.BadRequest)
        {
            AssertNamesFields(problem, named);
        }
        else if (status == HttpStatusCode.Conflict)
        {
            Assert.Equal(named, problem.GetProperty("currentStatus").GetString());
            // The status the 409 reports is the one the order is really in.
            Assert.Equal(Status(before), named);
            var text = problem.GetProperty("currentStatusText").GetString();
            Assert.True(HasChinese(text), $"{what}: currentStatusText should name the status in Chinese, got '{text}'");
            Assert.Equal(before.GetProperty("statusText").GetString(), text);
        }

        AssertUnchanged(before, await GetOrder(id));
        return problem;
    }

    /// <summary>Same version, status, events, clocks and everything else, except what only the clock on the wall moves.</summary>
    private static void AssertUnchanged(JsonElement before, JsonElement after)
    {
        Assert.Equal(Version(before), Version(after));
        Assert.Equal(Status(before), Status(after));
        Assert.Equal(before.GetProperty("events").GetRawText(), after.GetProperty("events").GetRawText());
        Assert.Equal(Timeless(before), Timeless(after));
    }

    /// <summary>The order's JSON without clock states and the overdue flag, which follow the current time.</summary>
    private static string Timeless(JsonElement order)
    {
        var node = JsonNode.Parse(order.GetRawText())!.AsObject();
        node.Remove("overdue");
        foreach (var clock in node["clocks"]!.AsArray())
            clock!.AsObject().Remove("state");
        return node.ToJsonString();
    }

    /// <summary>A fresh heating order brought through the API to <paramref name="state"/>.</summary>
    private Task<string> OrderIn(string state) => new OrderApi(fixture).OrderIn(state);

    private async Task<JsonElement> Do(string id, string action, object body, string actor, string expectedStatus)
    {
        var response = await Post($"/api/orders/{id}/{action}", JsonSerializer.Serialize(body, ApiFixture.Json), actor);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{action} → {(int)response.StatusCode}: {text}");
        var order = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(expectedStatus, Status(order));
        return order;
    }

    private async Task<JsonElement> GetOrder(string id)
    {
        var response = await Http.GetAsync($"/api/orders/{id}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {id} → {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Posts raw JSON as the demo user <paramref name="actor"/>.</summary>
    private Task<HttpResponseMessage> Post(string path, string json, string actor) =>
        fixture.As(actor).PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private static string UniquePhone() => OrderApi.UniquePhone();

    private static string Status(JsonElement order) => order.GetProperty("status").GetString()!;

    private static long Version(JsonElement order) => order.GetProperty("version").GetInt64();

    private static IEnumerable<string> Actions(JsonElement order) =>
        order.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()!);
}
