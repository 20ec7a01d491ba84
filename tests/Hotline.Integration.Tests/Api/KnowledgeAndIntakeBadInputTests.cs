using System.Net;
using System.Text;
using System.Text.Json;
using Hotline.Integration.Tests.Infrastructure;
using static Hotline.Integration.Tests.Api.ProblemAssert;

namespace Hotline.Integration.Tests.Api;

/// <summary>
/// Bad input on the knowledge, intake-help and routing endpoints: 400 naming the field, 404 for what does not exist,
/// 409 with the current status, 403 for the wrong role; and the entry left exactly as it was.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class KnowledgeAndIntakeBadInputTests(ApiFixture fixture)
{
    private const string HeatingLeaf = "0101010101";
    private const string Unknown = "KN000000000000000";

    private static string Entry(string question = "供热期间室内温度不达标怎么报修", string answer = "请拨打供热公司报修电话，维修人员两小时内上门检测室温。",
        string category = HeatingLeaf, string departments = """["RL-LS"]""", string extra = "") =>
        $$"""{"question":"{{question}}","answer":"{{answer}}","categoryCode":"{{category}}","departments":{{departments}},"tags":["供热"]{{extra}}}""";

    public static TheoryData<string, string, string> BadEntries => new()
    {
        { "empty object", "{}", "question,answer,categoryCode" },
        { "not json", "not json", "body" },
        { "question too short", Entry(question: "暖气"), "question" },
        { "answer too short", Entry(answer: "请报修"), "answer" },
        { "category not a code", Entry(category: "供热"), "categoryCode" },
        { "category not in the tree", Entry(category: "0199"), "categoryCode" },
        { "unknown department", Entry(departments: """["RL-LS","NOPE"]"""), "departments" },
        { "validity upside down", Entry(extra: ""","validFrom":"2026-12-01T00:00:00+08:00","validUntil":"2026-11-01T00:00:00+08:00" """), "validUntil" },
        { "urgent not a boolean", Entry(extra: ""","urgent":"yes" """), "urgent" },
        { "several faults", Entry(question: "暖", category: "0199", departments: """["NOPE"]"""), "question,categoryCode,departments" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public async Task Creating_a_bad_entry_is_a_400_naming_each_field_and_creates_nothing(string @case, string body, string fields)
    {
        var response = await Post("/api/knowledge", body, Logins.Seat1);

        var problem = await ProblemOf(response, HttpStatusCode.BadRequest, @case);
        AssertNamesFields(problem, fields.Split(','));
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Editing_with_bad_content_is_a_400_and_the_entry_stays_as_it_was()
    {
        var id = await CreateEntry(Logins.Seat1);
        var before = await Get(id);

        var response = await Put($"/api/knowledge/{id}", Entry(category: "0199"), Logins.Seat1);

        AssertNamesFields(await ProblemOf(response, HttpStatusCode.BadRequest, "edit"), "categoryCode");
        Assert.Equal(before.GetRawText(), (await Get(id)).GetRawText());
    }

    [Fact]
    public async Task Workflow_steps_out_of_order_are_409s_with_the_current_status_and_change_nothing()
    {
        // A reviewer who wrote the entry may not review it: the four-eyes rule.
        var id = await CreateEntry(Logins.Reviewer);
        var before = await Get(id);

        var publishDraft = await ProblemOf(await Post($"/api/knowledge/{id}/publish", "{}", Logins.Reviewer), HttpStatusCode.Conflict, "publish a draft");
        var selfReview = await ProblemOf(await Post($"/api/knowledge/{id}/review", """{"approved":true}""", Logins.Reviewer), HttpStatusCode.Conflict, "self review");

        Assert.Equal("draft", publishDraft.GetProperty("currentStatus").GetString());
        Assert.Equal("草稿", publishDraft.GetProperty("currentStatusText").GetString());
        Assert.Equal("draft", selfReview.GetProperty("currentStatus").GetString());
        Assert.Equal(before.GetRawText(), (await Get(id)).GetRawText());
    }

    [Fact]
    public async Task Review_and_retire_without_their_fields_are_400s_and_a_retired_entry_cannot_be_retired_again()
    {
        var id = await CreateEntry(Logins.Seat1);
        AssertNamesFields(await ProblemOf(await Post($"/api/knowledge/{id}/review", "{}", Logins.Reviewer), HttpStatusCode.BadRequest, "no approved"), "approved");
        AssertNamesFields(await ProblemOf(await Post($"/api/knowledge/{id}/review", """{"approved":false}""", Logins.Reviewer), HttpStatusCode.BadRequest, "reject without note"), "note");
        AssertNamesFields(await ProblemOf(await Post($"/api/knowledge/{id}/retire", "{}", Logins.Reviewer), HttpStatusCode.BadRequest, "retire without reason"), "reason");

        Assert.Equal(HttpStatusCode.OK, (await Post($"/api/knowledge/{id}/retire", """{"reason":"重复条目"}""", Logins.Reviewer)).StatusCode);
        var retired = await Get(id);
        var again = await ProblemOf(await Post($"/api/knowledge/{id}/retire", """{"reason":"再下架"}""", Logins.Reviewer), HttpStatusCode.Conflict, "retire twice");
        Assert.Equal("retired", again.GetProperty("currentStatus").GetString());
        Assert.Equal(retired.GetRawText(), (await Get(id)).GetRawText());
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("PUT", "")]
    [InlineData("POST", "/review")]
    [InlineData("POST", "/publish")]
    [InlineData("POST", "/retire")]
    public async Task An_unknown_entry_is_a_404_and_stays_unknown(string method, string action)
    {
        var body = action switch { "/review" => """{"approved":true}""", "/retire" => """{"reason":"过时"}""", "" => Entry(), _ => "{}" };
        var response = method switch
        {
            "GET" => await fixture.As(Logins.Reviewer).GetAsync($"/api/knowledge/{Unknown}"),
            "PUT" => await Put($"/api/knowledge/{Unknown}", body, Logins.Reviewer),
            _ => await Post($"/api/knowledge/{Unknown}{action}", body, Logins.Reviewer),
        };

        var problem = await ProblemOf(response, HttpStatusCode.NotFound, $"{method} {action}");
        Assert.Contains(Unknown, problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.As(Logins.Reviewer).GetAsync($"/api/knowledge/{Unknown}")).StatusCode);
    }

    [Theory]
    [InlineData("/api/knowledge?status=bogus", "status")]
    [InlineData("/api/knowledge/search?q={201}", "q")]
    public async Task Bad_query_parameters_are_400s_naming_them(string path, string field)
    {
        var response = await fixture.As(Logins.Reviewer).GetAsync(path.Replace("{201}", new string('暖', 201)));
        AssertNamesFields(await ProblemOf(response, HttpStatusCode.BadRequest, path), field);
    }

    [Theory]
    [InlineData("\"(暖气:*?")]
    [InlineData("   ")]
    [InlineData("AND OR NOT")]
    public async Task Search_text_with_query_syntax_or_nothing_in_it_is_not_an_error(string q)
    {
        var response = await fixture.As(Logins.Seat1).GetAsync($"/api/knowledge/search?q={Uri.EscapeDataString(q)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string, string, string> BadIntakeReviews => new()
    {
        { "not json", "[]", "body" },
        { "no phone", """{"title":"暖气不热"}""", "phone" },
        { "phone not a phone", """{"phone":"abc","title":"暖气不热"}""", "phone" },
        { "unknown category", """{"phone":"13800001234","categoryCode":"0199"}""", "categoryCode" },
        { "lat not a number", """{"phone":"13800001234","lat":"north"}""", "lat" },
    };

    [Theory]
    [MemberData(nameof(BadIntakeReviews))]
    public async Task Intake_review_refuses_bad_input_naming_the_field(string @case, string body, string field)
    {
        var response = await Post("/api/intake/review", body, Logins.Seat1);
        AssertNamesFields(await ProblemOf(response, HttpStatusCode.BadRequest, @case), field);
    }

    [Fact]
    public async Task An_unknown_category_has_no_template()
    {
        var response = await fixture.As(Logins.Seat1).GetAsync("/api/categories/0199/template");
        var problem = await ProblemOf(response, HttpStatusCode.NotFound, "template");
        Assert.Contains("0199", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/routing/train", "{}", Logins.Seat1)]
    [InlineData("/api/routing/train", "{}", Logins.Reviewer)]
    [InlineData("/api/knowledge/{id}/review", """{"approved":true}""", Logins.Seat1)]
    [InlineData("/api/knowledge/{id}/publish", "{}", Logins.Dispatcher)]
    [InlineData("/api/knowledge/{id}/retire", """{"reason":"过时"}""", Logins.RlLs)]
    [InlineData("/api/intake/review", """{"phone":"13800001234"}""", Logins.RlLs)]
    [InlineData("/api/orders/{order}/inquiry", """{"department":"RL-LS","question":"何时恢复？"}""", Logins.RlLs)]
    [InlineData("/api/orders/{order}/inquiry/review", """{"approved":true}""", Logins.Seat1)]
    public async Task The_wrong_role_gets_a_403_in_Chinese(string path, string body, string user)
    {
        if (path.Contains("{id}")) path = path.Replace("{id}", await CreateEntry(Logins.Seat2));
        if (path.Contains("{order}")) path = path.Replace("{order}", await new OrderApi(fixture).OrderIn(OrderApi.States.Pending));

        var response = await Post(path, body, user);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(HasChinese((await response.Content.ReadAsStringAsync())), path);
    }

    [Fact]
    public async Task A_create_refused_by_a_final_reply_is_one_409_carrying_that_reply_and_creates_no_order()
    {
        var phone = OrderApi.UniquePhone();
        var api = new OrderApi(fixture);
        var id = OrderApi.Id(await api.Create(OrderApi.HeatingIntake(phone)));
        await api.Do(id, "dispatch", new { lead = "RL-LS", coHandlers = Array.Empty<string>() }, "dispatched");
        await api.Do(id, "accept", new { department = "RL-LS" }, "accepted");
        await api.Do(id, "reply", new { department = "RL-LS", content = "经入户测温 19 度，已达标；阀门已为住户打开。", evidence = new[] { "测温照片.jpg" }, final = true }, "replied");
        await api.Do(id, "review", new { level = "department", approved = true }, "under-review");
        await api.Do(id, "review", new { level = "centre", approved = true }, "pending-callback");
        await api.Do(id, "callback", new { satisfaction = "basically-satisfied" }, "closed");
        await Eventually.True(async () =>
        {
            var review = await Post("/api/intake/review", JsonSerializer.Serialize(new { phone, title = "暖气不热", content = "家中暖气片温度很低，室温只有 14 度。", category = "供热", districtCode = "141102", address = "离石区滨河北路 12 号院 3 单元" }), Logins.Seat1);
            return JsonDocument.Parse(await review.Content.ReadAsStringAsync()).RootElement.GetProperty("finalReply").ValueKind == JsonValueKind.Object;
        }, "the caller's profile knows the final reply");
        var listed = await fixture.As(Logins.Admin).GetStringAsync("/api/orders?pageSize=200");

        var response = await Post("/api/orders", JsonSerializer.Serialize(OrderApi.HeatingIntake(phone), ApiFixture.Json), Logins.Seat1);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("该事项已作出最终答复", problem.GetProperty("title").GetString());
        Assert.Contains(id, problem.GetProperty("detail").GetString());
        var finalReply = problem.GetProperty("finalReply");
        Assert.Equal(id, finalReply.GetProperty("orderId").GetString());
        Assert.Equal("测温照片.jpg", finalReply.GetProperty("evidence")[0].GetString());
        Assert.Null(response.Headers.Location);
        Assert.Equal(Count(listed, phone), Count(await fixture.As(Logins.Admin).GetStringAsync("/api/orders?pageSize=200"), phone));
    }

    private static int Count(string page, string phone) => page.Split(phone).Length - 1;

    private async Task<string> CreateEntry(string author)
    {
        var response = await Post("/api/knowledge", Entry(question: $"测试条目{Guid.NewGuid():N}"[..12] + "如何报修"), author);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> Get(string id) =>
        JsonDocument.Parse(await fixture.As(Logins.Reviewer).GetStringAsync($"/api/knowledge/{id}")).RootElement.Clone();

    private Task<HttpResponseMessage> Post(string path, string json, string user) =>
        fixture.As(user).PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private Task<HttpResponseMessage> Put(string path, string json, string user) =>
        fixture.As(user).PutAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
}
