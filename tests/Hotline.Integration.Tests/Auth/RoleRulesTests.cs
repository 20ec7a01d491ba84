using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hotline.Integration.Tests.Infrastructure;
using States = Hotline.Integration.Tests.Infrastructure.OrderApi.States;

namespace Hotline.Integration.Tests.Auth;

/// <summary>Who may send which command: the roles refused get a 403 and the order does not change; the roles allowed succeed.</summary>
[Collection(ApiCollection.Name)]
public sealed class RoleRulesTests(ApiFixture fixture)
{
    private readonly OrderApi _api = new(fixture);

    private const string Later = "2099-12-31T18:00:00+08:00";

    /// <summary>state, action, who sends it, JSON body: every row is refused with a 403.</summary>
    public static TheoryData<string, string, string, string> Refused => new()
    {
        // 直接答复: seat and admin only.
        { States.Pending, "answer", Logins.Dispatcher, """{"answer":"已告知"}""" },
        { States.Pending, "answer", Logins.Reviewer, """{"answer":"已告知"}""" },
        // 派单, 并单, 转办: dispatcher and admin only.
        { States.Pending, "dispatch", Logins.Seat1, """{"lead":"RL-LS","coHandlers":[]}""" },
        { States.Pending, "dispatch", Logins.Leader, """{"lead":"RL-LS","coHandlers":[]}""" },
        { States.Pending, "dispatch", Logins.RlLs, """{"lead":"RL-LS","coHandlers":[]}""" },
        { States.Pending, "dispatch", Logins.Reviewer, """{"lead":"RL-LS","coHandlers":[]}""" },
        { States.Pending, "transfer", Logins.Seat1, """{"to":"110"}""" },
        { States.Pending, "merge", Logins.Leader, """{"parentId":"19990101-ZZZZZZ"}""" },
        // 签收, 退单, 延期, 答复: the department itself (for itself only), dispatcher, admin.
        { States.Dispatched, "accept", Logins.Seat1, """{"department":"RL-LS"}""" },
        { States.Dispatched, "accept", Logins.Leader, """{"department":"RL-LS"}""" },
        { States.Dispatched, "accept", Logins.Reviewer, """{"department":"RL-LS"}""" },
        { States.Dispatched, "accept", Logins.RlXy, """{"department":"RL-LS"}""" },
        { States.Dispatched, "accept", Logins.Zjj, """{"department":"RL-LS"}""" },
        { States.Dispatched, "accept", Logins.RlLs, """{"department":"ZJJ"}""" },
        { States.Dispatched, "return", Logins.Zjj, """{"department":"RL-LS","grounds":"不属于本单位职责"}""" },
        { States.Accepted, "extension", Logins.Seat1, $$"""{"department":"RL-LS","until":"{{Later}}","reason":"需更换阀门"}""" },
        { States.Accepted, "extension", Logins.Zjj, $$"""{"department":"RL-LS","until":"{{Later}}","reason":"需更换阀门"}""" },
        { States.Accepted, "reply", Logins.RlXy, """{"department":"RL-LS","content":"已维修","evidence":[]}""" },
        { States.Accepted, "reply", Logins.Leader, """{"department":"RL-LS","content":"已维修","evidence":[]}""" },
        // 审批延期: dispatcher and admin only, never the department that asked.
        { States.ExtensionPending, "extension/decision", Logins.RlLs, """{"approved":true}""" },
        { States.ExtensionPending, "extension/decision", Logins.Reviewer, """{"approved":true}""" },
        // 审核, 回访: reviewer and admin only.
        { States.Replied, "review", Logins.Dispatcher, """{"level":"department","approved":true}""" },
        { States.Replied, "review", Logins.RlLs, """{"level":"department","approved":true}""" },
        { States.Replied, "review", Logins.Leader, """{"level":"department","approved":true}""" },
        { States.PendingCallback, "callback", Logins.Dispatcher, """{"satisfaction":"satisfied"}""" },
        { States.PendingCallback, "callback", Logins.Seat1, """{"satisfaction":"satisfied"}""" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_role_that_may_not_send_a_command_gets_403_and_the_order_is_unchanged(string state, string action, string user, string body)
    {
        var id = await _api.OrderIn(state);
        var before = await _api.Get(id);

        var response = await fixture.As(user).PostAsync($"/api/orders/{id}/{action}", new StringContent(body, Encoding.UTF8, "application/json"));
        await Problem.Forbidden(response, $"{action} as {user}");

        var after = await _api.Get(id);
        Assert.Equal(OrderApi.Version(before), OrderApi.Version(after));
        Assert.Equal(before.GetProperty("events").GetRawText(), after.GetProperty("events").GetRawText());
    }

    [Fact]
    public async Task A_department_acting_for_another_department_is_told_so_in_chinese()
    {
        var id = await _api.OrderIn(States.Dispatched);
        var problem = await Problem.Forbidden(await _api.Send(id, "accept", new { department = "ZJJ" }, Logins.RlLs), "accept for ZJJ");
        Assert.Contains("RL-LS", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(Logins.Leader)]
    [InlineData(Logins.Reviewer)]
    [InlineData(Logins.RlLs)]
    public async Task Only_seats_dispatchers_and_admin_create_orders(string user)
    {
        var phone = OrderApi.UniquePhone();
        var response = await fixture.As(user).PostAsJsonAsync("/api/orders", OrderApi.HeatingIntake(phone));
        await Problem.Forbidden(response, $"create as {user}");

        var caller = await fixture.As(Logins.Seat1).GetFromJsonAsync<JsonElement>($"/api/callers/{phone}");
        Assert.Empty(caller.GetProperty("orders").EnumerateArray());
    }

    [Theory]
    [InlineData(Logins.Seat1)]
    [InlineData(Logins.Dispatcher)]
    [InlineData(Logins.Admin)]
    public async Task Seats_dispatchers_and_admin_create_orders(string user)
    {
        var order = await _api.Create(OrderApi.HeatingIntake(OrderApi.UniquePhone()), user);
        Assert.Equal("pending-dispatch", OrderApi.Status(order));
    }

    [Fact]
    public async Task Admin_may_send_every_command_of_the_loop()
    {
        var id = OrderApi.Id(await _api.Create(OrderApi.HeatingIntake(OrderApi.UniquePhone()), Logins.Admin));
        await _api.Do(id, "dispatch", new { lead = "RL-LS", coHandlers = Array.Empty<string>() }, "dispatched", Logins.Admin);
        await _api.Do(id, "accept", new { department = "RL-LS" }, "accepted", Logins.Admin);
        await _api.Do(id, "extension", new { department = "RL-LS", until = Later, reason = "需更换主管网阀门" }, "accepted", Logins.Admin);
        await _api.Do(id, "extension/decision", new { approved = false, reason = "请按期办结" }, "accepted", Logins.Admin);
        await _api.Do(id, "reply", new { department = "RL-LS", content = "已更换循环泵。", evidence = Array.Empty<string>() }, "replied", Logins.Admin);
        await _api.Do(id, "review", new { level = "department", approved = true }, "under-review", Logins.Admin);
        await _api.Do(id, "review", new { level = "centre", approved = true }, "pending-callback", Logins.Admin);
        await _api.Do(id, "callback", new { satisfaction = "satisfied" }, "closed", Logins.Admin);
    }

    [Fact]
    public async Task The_dispatcher_acts_for_a_department_and_the_department_for_itself()
    {
        var id = await _api.OrderIn(States.Dispatched);
        await _api.Do(id, "accept", new { department = "ZJJ" }, "dispatched", Logins.Dispatcher);
        await _api.Do(id, "accept", new { department = "RL-LS" }, "accepted", Logins.RlLs);
        var order = await _api.Do(id, "reply", new { department = "ZJJ", content = "已配合核查。", evidence = Array.Empty<string>() }, "accepted", Logins.Zjj);
        Assert.Contains(order.GetProperty("replies").EnumerateArray(), r => r.GetProperty("department").GetString() == "ZJJ");
    }

    [Fact]
    public async Task The_audit_trail_names_the_signed_in_user_and_ignores_a_claimed_actor()
    {
        var id = await _api.OrderIn(States.Dispatched);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{id}/accept")
        {
            Content = JsonContent.Create(new { department = "RL-LS" }),
        };
        request.Headers.Add("X-Actor", "dept:someone-else");
        var response = await fixture.As(Logins.RlLs).SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = await response.Content.ReadFromJsonAsync<JsonElement>();
        var accepted = order.GetProperty("events").EnumerateArray().Last(e => e.GetProperty("action").GetString() == "accepted");
        Assert.Equal("rl-ls", accepted.GetProperty("actor").GetString());
        var created = order.GetProperty("events").EnumerateArray().First();
        Assert.Equal("seat1", created.GetProperty("actor").GetString());
    }
}
