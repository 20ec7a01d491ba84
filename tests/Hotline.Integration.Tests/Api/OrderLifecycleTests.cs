using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Contracts.Departments;
using Hotline.Contracts.TaskForces;
using Hotline.Integration.Tests.Infrastructure;

namespace Hotline.Integration.Tests.Api;

/// <summary>The closed loop through the REST API, on Azurite, as the must-show flows describe it.</summary>
[Collection(ApiCollection.Name)]
public sealed class OrderLifecycleTests(ApiFixture fixture)
{
    private readonly OrderApi _api = new(fixture);

    [Fact]
    public async Task Heating_order_goes_from_intake_to_closed()
    {
        var order = await _api.Create(OrderApi.HeatingIntake());
        var id = OrderApi.Id(order);
        Assert.Equal("pending-dispatch", OrderApi.Status(order));
        Assert.Equal("待派单", order.GetProperty("statusText").GetString());
        Assert.Equal("HEATING", order.GetProperty("taskForce").GetString());
        Assert.Equal("离石区", order.GetProperty("districtName").GetString());
        Assert.EndsWith("+08:00", order.GetProperty("receivedAt").GetString());

        order = await _api.Do(id, "dispatch", new { lead = "RL-LS", coHandlers = Array.Empty<string>() }, "dispatched");
        var accept = OrderApi.Clock(order, "accept", "RL-LS");
        var received = order.GetProperty("receivedAt").GetDateTimeOffset();
        var dispatchedAt = accept.GetProperty("startedAt").GetDateTimeOffset();
        Assert.Equal(dispatchedAt.AddMinutes(30), accept.GetProperty("dueAt").GetDateTimeOffset());
        var sameDay = OrderApi.Clock(order, "same-day", null);
        Assert.Equal(received, sameDay.GetProperty("startedAt").GetDateTimeOffset());

        await WaitForDepartment("RL-LS", d => d.OpenOrders.Any(o => o.OrderId == id), "RL-LS sees the new order");

        order = await _api.Do(id, "accept", new { department = "RL-LS" }, "accepted");
        Assert.Equal("met", OrderApi.Clock(order, "accept", "RL-LS").GetProperty("state").GetString());
        order = await _api.Do(id, "reply", new { department = "RL-LS", content = "已更换循环泵，室温恢复至 20 度。", evidence = new[] { "现场照片-1.jpg" }, final = false }, "replied");
        order = await _api.Do(id, "review", new { level = "department", approved = true }, "under-review");
        order = await _api.Do(id, "review", new { level = "centre", approved = true }, "pending-callback");
        Assert.Equal("running", OrderApi.Clock(order, "callback", null).GetProperty("state").GetString());
        order = await _api.Do(id, "callback", new { satisfaction = "satisfied", note = "群众表示满意" }, "closed");

        Assert.Equal(
            ["received", "queued", "dispatched", "accepted", "replied", "review-passed", "review-passed", "callback", "closed"],
            OrderApi.Actions(order).Where(a => !a.StartsWith("clock-")));
        var events = order.GetProperty("events").EnumerateArray().ToArray();
        Assert.Equal(Enumerable.Range(1, events.Length).Select(i => (long)i), events.Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.All(order.GetProperty("clocks").EnumerateArray(), c => Assert.NotEqual("running", c.GetProperty("state").GetString()));

        await WaitForDepartment("RL-LS", d => d.OpenOrders.All(o => o.OrderId != id), "RL-LS no longer lists the closed order");
        var stats = await Eventually.Get(() => fixture.Client.GetGrain<ITaskForceGrain>("HEATING").Get(),
            s => s is { Figures.Completed: > 0 }, "the heating task force counts the completed order");
        Assert.True(stats!.Figures.CompletionRate > 0);
        Assert.Contains(stats.ByDistrict, d => d.DistrictCode == "141102" && d.Figures.Completed > 0);

        var list = await fixture.As(Logins.Dispatcher).GetFromJsonAsync<JsonElement>("/api/orders?status=closed&taskForce=HEATING&pageSize=200");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task Order_goes_through_return_extension_failed_review_and_reopen_to_closed()
    {
        var id = OrderApi.Id(await _api.Create(OrderApi.PropertyIntake()));
        await _api.Do(id, "dispatch", new { lead = "CGJ", coHandlers = Array.Empty<string>() }, "dispatched");
        await _api.Do(id, "return", new { department = "CGJ", grounds = "不属于本单位职责：物业管理归住建局" }, "returned");
        var order = await _api.Do(id, "dispatch", new { lead = "ZJJ", coHandlers = new[] { "CGJ" } }, "dispatched");
        // The old lead's clocks are cancelled; as co-handler CGJ starts a new accept clock of its own.
        Assert.Contains(order.GetProperty("clocks").EnumerateArray(), c => c.GetProperty("department").GetString() == "CGJ"
            && c.GetProperty("name").GetString() == "accept" && c.GetProperty("state").GetString() == "cancelled");
        Assert.Equal("running", OrderApi.Clock(order, "accept", "ZJJ").GetProperty("state").GetString());
        Assert.Equal("running", OrderApi.Clock(order, "accept", "CGJ").GetProperty("state").GetString());

        await _api.Do(id, "accept", new { department = "ZJJ" }, "accepted");
        var completionDue = OrderApi.Clock(await _api.Get(id), "completion", "ZJJ").GetProperty("dueAt").GetDateTimeOffset();
        var until = completionDue.AddDays(10);
        order = await _api.Do(id, "extension", new { department = "ZJJ", until, reason = "需协调物业公司更换全部楼道灯具" }, "accepted");
        Assert.Equal("ZJJ", order.GetProperty("pendingExtension").GetProperty("department").GetString());
        order = await _api.Do(id, "extension/decision", new { approved = true }, "accepted");
        Assert.Equal(JsonValueKind.Null, order.GetProperty("pendingExtension").ValueKind);
        Assert.Equal(until, OrderApi.Clock(order, "completion", "ZJJ").GetProperty("dueAt").GetDateTimeOffset());

        await _api.Do(id, "reply", new { department = "ZJJ", content = "已督促物业维修。", evidence = Array.Empty<string>(), final = false }, "replied");
        order = await _api.Do(id, "review", new { level = "department", approved = false, reasons = new[] { "答复未说明整改时限" } }, "accepted");
        Assert.Contains("答复未说明整改时限", order.GetProperty("events").EnumerateArray().Last().GetProperty("reason").GetString());
        await _api.Do(id, "reply", new { department = "ZJJ", content = "已督促物业于 12 月 5 日前修复全部楼道灯。", evidence = new[] { "整改通知书.pdf" }, final = false }, "replied");
        await _api.Do(id, "review", new { level = "department", approved = true }, "under-review");
        await _api.Do(id, "review", new { level = "centre", approved = true }, "pending-callback");
        order = await _api.Do(id, "callback", new { satisfaction = "dissatisfied", note = "灯仍未修好" }, "reopened");
        Assert.Equal(1, order.GetProperty("reopenCount").GetInt32());

        await _api.Do(id, "accept", new { department = "ZJJ" }, "accepted");
        order = await _api.Do(id, "reply", new { department = "ZJJ", content = "楼道灯已全部修复，经现场核实。", evidence = new[] { "修复后照片.jpg" }, final = true }, "replied");
        Assert.True(order.GetProperty("finalReply").GetBoolean());
        await _api.Do(id, "review", new { level = "department", approved = true }, "under-review");
        await _api.Do(id, "review", new { level = "centre", approved = true }, "pending-callback");
        order = await _api.Do(id, "callback", new { satisfaction = "basically-satisfied" }, "closed");

        Assert.Equal(
            ["received", "queued", "dispatched", "returned", "dispatched", "accepted", "extension-requested", "extension-approved",
             "replied", "review-failed", "replied", "review-passed", "review-passed", "callback", "reopened", "accepted", "replied",
             "review-passed", "review-passed", "callback", "closed"],
            OrderApi.Actions(order).Where(a => !a.StartsWith("clock-")));
        Assert.All(order.GetProperty("events").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("actor").GetString())));
    }

    [Fact]
    public async Task Seat_answers_directly_and_orders_transfer_and_merge()
    {
        var answered = OrderApi.Id(await _api.Create(OrderApi.HeatingIntake("13700000001")));
        await _api.Do(answered, "answer", new { answer = "供热时间为每年 11 月 1 日至次年 3 月 31 日。" }, "directly-answered");

        var emergency = OrderApi.Id(await _api.Create(OrderApi.PropertyIntake("13700000002")));
        var order = await _api.Do(emergency, "transfer", new { to = "119" }, "transferred");
        Assert.Equal("119", order.GetProperty("transferredTo").GetString());

        var parent = OrderApi.Id(await _api.Create(OrderApi.PropertyIntake("13700000003")));
        var child = OrderApi.Id(await _api.Create(OrderApi.PropertyIntake("13700000004")));
        order = await _api.Do(child, "merge", new { parentId = parent }, "merged");
        Assert.Equal(parent, order.GetProperty("parentId").GetString());
        var parentOrder = await _api.Get(parent);
        Assert.Contains(child, parentOrder.GetProperty("mergedChildren").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("pending-dispatch", OrderApi.Status(parentOrder));
    }

    [Fact]
    public async Task Department_and_task_force_endpoints_show_reference_and_live_data()
    {
        var departments = await fixture.As(Logins.Leader).GetFromJsonAsync<JsonElement>("/api/departments");
        Assert.Contains(departments.EnumerateArray(), d => d.GetProperty("code").GetString() == "RL-LS"
            && d.GetProperty("responsibilities").EnumerateArray().Any(r => r.GetString() == "供热"));

        var id = OrderApi.Id(await _api.Create(OrderApi.HeatingIntake("13700000005", "141181")));
        await _api.Do(id, "dispatch", new { lead = "RL-XY", coHandlers = new[] { "ZJJ" } }, "dispatched");
        var queue = await Eventually.Get(() => fixture.As(Logins.Zjj).GetFromJsonAsync<JsonElement>("/api/departments/ZJJ/orders"),
            q => q.EnumerateArray().Any(o => o.GetProperty("orderId").GetString() == id), "ZJJ's queue lists the co-handled order");
        var row = queue.EnumerateArray().Single(o => o.GetProperty("orderId").GetString() == id);
        Assert.Equal("co-handler", row.GetProperty("role").GetString());

        var taskForce = await fixture.As(Logins.Leader).GetFromJsonAsync<JsonElement>("/api/taskforces/HEATING");
        Assert.Equal("全市冬季城镇集中供热诉求办理专班", taskForce.GetProperty("name").GetString());
        Assert.Equal(13, taskForce.GetProperty("byDistrict").GetArrayLength());

        var due = await fixture.As(Logins.Seat1).GetFromJsonAsync<JsonElement>("/api/calendar/due?from=2026-02-13T10:00:00%2B08:00&workingDays=1");
        Assert.Equal(new DateTimeOffset(2026, 2, 14, 10, 0, 0, TimeSpan.FromHours(8)), due.GetProperty("due").GetDateTimeOffset());
        Assert.Equal("2026-02-14T10:00:00+08:00", due.GetProperty("due").GetString());

        // Health stays open: probes do not sign in.
        var health = await fixture.Http.GetAsync("/health");
        Assert.True(health.IsSuccessStatusCode);
    }

    private Task<DepartmentSnapshot?> WaitForDepartment(string code, Func<DepartmentSnapshot, bool> condition, string what) =>
        Eventually.Get(() => fixture.Client.GetGrain<IDepartmentGrain>(code).Get(), d => d is not null && condition(d), what);
}
