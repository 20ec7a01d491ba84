using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hotline.Integration.Tests.Infrastructure;

/// <summary>
/// The order API as a test drives it: JSON in, JsonElement out. Each step is sent by the demo user whose
/// job it is (<see cref="ActorFor"/>) unless the test names another.
/// </summary>
public sealed class OrderApi(ApiFixture fixture)
{
    public static object HeatingIntake(string phone = "13800001234", string district = "141102") => new
    {
        channel = "热线电话",
        caller = new { phone, name = "王先生", type = "citizen" },
        districtCode = district,
        address = "离石区滨河北路 12 号院 3 单元",
        category = "供热",
        title = "暖气不热",
        content = "家中暖气片温度很低，室温只有 14 度，老人孩子受冻，请尽快处理。",
        urgency = "normal",
    };

    public static object PropertyIntake(string phone = "13900005678") => new
    {
        channel = "市长信箱",
        caller = new { phone, name = "李女士", type = "citizen" },
        districtCode = "141181",
        address = "孝义市府前街 8 号小区",
        category = "物业管理",
        title = "小区物业不作为",
        content = "小区楼道灯损坏两个月无人维修，物业推诿。",
        urgency = "normal",
    };

    /// <summary>
    /// Who really sends a command: the seat answers, the dispatcher routes, the department named in the body
    /// handles (the dispatcher for a department without a demo user), the reviewer reviews and calls back.
    /// </summary>
    public static string ActorFor(string action, object body) => action switch
    {
        "answer" => Logins.Seat1,
        "dispatch" or "extension/decision" or "merge" or "transfer" => Logins.Dispatcher,
        "accept" or "return" or "extension" or "reply" => Logins.OfDepartment(DepartmentOf(body)) ?? Logins.Dispatcher,
        "review" or "callback" or "inquiry/review" => Logins.Reviewer,
        "inquiry" => Logins.Seat1,
        "inquiry/answer" => Logins.OfDepartment(DepartmentOf(body)) ?? Logins.Dispatcher,
        _ => Logins.Admin,
    };

    public async Task<JsonElement> Create(object intake, string user = Logins.Seat1)
    {
        var response = await fixture.As(user).PostAsJsonAsync("/api/orders", intake);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create as {user} → {(int)response.StatusCode}: {text}");
        var order = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal($"/api/orders/{order.GetProperty("id").GetString()}", response.Headers.Location?.ToString());
        return order;
    }

    public async Task<JsonElement> Get(string id, string user = Logins.Admin)
    {
        var response = await fixture.As(user).GetAsync($"/api/orders/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<HttpResponseMessage> Send(string id, string action, object body, string? user = null) =>
        fixture.As(user ?? ActorFor(action, body)).PostAsJsonAsync($"/api/orders/{id}/{action}", body);

    /// <summary>Sends a command that must succeed and returns the order, checking its new status.</summary>
    public async Task<JsonElement> Do(string id, string action, object body, string expectedStatus, string? user = null)
    {
        var response = await Send(id, action, body, user);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{action} as {user ?? ActorFor(action, body)} → {(int)response.StatusCode}: {text}");
        var order = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(expectedStatus, order.GetProperty("status").GetString());
        return order;
    }

    /// <summary>The states <see cref="OrderIn"/> brings a fresh heating order to, through the API.</summary>
    public static class States
    {
        public const string Pending = "pending-dispatch";
        /// <summary>Dispatched to RL-LS (lead) with ZJJ as co-handler.</summary>
        public const string Dispatched = "dispatched";
        /// <summary>RL-LS has accepted.</summary>
        public const string Accepted = "accepted";
        /// <summary>RL-LS has accepted and asked for an extension that is not decided yet.</summary>
        public const string ExtensionPending = "extension-pending";
        public const string Replied = "replied";
        public const string UnderReview = "under-review";
        public const string PendingCallback = "pending-callback";
        public const string Closed = "closed";
        public const string Answered = "directly-answered";
        /// <summary>接诉即办: RL-LS's emergency contact has been asked and has not answered.</summary>
        public const string Inquiring = "inquiring";
        /// <summary>接诉即办: RL-LS's contact answered; the centre has not reviewed it (the status is still "inquiring").</summary>
        public const string InquiryAnswered = "inquiry-answered";
    }

    /// <summary>
    /// A fresh heating order brought through the API to <paramref name="state"/>, each step sent by the user
    /// whose job it is. Dispatched orders have RL-LS as lead and ZJJ as co-handler.
    /// </summary>
    public async Task<string> OrderIn(string state, string? phone = null)
    {
        var id = Id(await Create(HeatingIntake(phone ?? UniquePhone())));
        if (state == States.Pending) return id;
        if (state == States.Answered)
        {
            await Do(id, "answer", new { answer = "供热时间为每年 11 月 1 日至次年 3 月 31 日，已告知来电人。" }, "directly-answered");
            return id;
        }

        if (state is States.Inquiring or States.InquiryAnswered)
        {
            await Do(id, "inquiry", new { department = "RL-LS", question = "滨河北路小区何时恢复正常供热？" }, "inquiring");
            if (state == States.InquiryAnswered)
                await Do(id, "inquiry/answer", new { department = "RL-LS", answer = "换热站循环泵抢修中，预计今晚 20 时前恢复。" }, "inquiring");
            return id;
        }

        await Do(id, "dispatch", new { lead = "RL-LS", coHandlers = new[] { "ZJJ" } }, "dispatched");
        if (state == States.Dispatched) return id;
        await Do(id, "accept", new { department = "RL-LS" }, "accepted");
        if (state == States.Accepted) return id;
        if (state == States.ExtensionPending)
        {
            var order = await Do(id, "extension", new { department = "RL-LS", until = "2099-12-31T18:00:00+08:00", reason = "需更换主管网阀门，待材料到货" }, "accepted");
            Assert.Equal(JsonValueKind.Object, order.GetProperty("pendingExtension").ValueKind);
            return id;
        }
        await Do(id, "reply", new { department = "RL-LS", content = "已更换循环泵，室温恢复至 20 度。", evidence = new[] { "现场照片-1.jpg" }, final = false }, "replied");
        if (state == States.Replied) return id;
        await Do(id, "review", new { level = "department", approved = true }, "under-review");
        if (state == States.UnderReview) return id;
        await Do(id, "review", new { level = "centre", approved = true }, "pending-callback");
        if (state == States.PendingCallback) return id;
        await Do(id, "callback", new { satisfaction = "satisfied", note = "群众表示满意" }, "closed");
        if (state == States.Closed) return id;
        throw new ArgumentOutOfRangeException(nameof(state), state, "No way to this state.");
    }

    public static string UniquePhone() => "137" + Random.Shared.NextInt64(0, 100_000_000).ToString("D8");

    public static string Id(JsonElement order) => order.GetProperty("id").GetString()!;

    public static string Status(JsonElement order) => order.GetProperty("status").GetString()!;

    public static long Version(JsonElement order) => order.GetProperty("version").GetInt64();

    public static IReadOnlyList<string> Actions(JsonElement order) =>
        order.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToArray();

    public static JsonElement Clock(JsonElement order, string name, string? department) =>
        order.GetProperty("clocks").EnumerateArray().Last(c =>
            c.GetProperty("name").GetString() == name &&
            (department is null || c.GetProperty("department").GetString() == department));

    private static string? DepartmentOf(object body) =>
        JsonSerializer.SerializeToElement(body, ApiFixture.Json) is { ValueKind: JsonValueKind.Object } json &&
        json.TryGetProperty("department", out var department) && department.ValueKind == JsonValueKind.String
            ? department.GetString()
            : null;
}
