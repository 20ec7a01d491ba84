using System.Text.Json;
using Hotline.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Hotline.Integration.Tests.Live;

/// <summary>
/// The live screens over a real SignalR client, a real silo on Azurite and the dashboard's feed:
/// snapshot first, then coalesced deltas; a department sees only its own orders.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DispatchHubTests(ApiFixture fixture)
{
    private readonly OrderApi _api = new(fixture);

    [Fact]
    public async Task A_new_order_reaches_the_board_and_its_dispatch_reaches_the_department_console()
    {
        await using var board = await ScreenProbe.Connect(fixture, Logins.Dispatcher);
        await using var console = await ScreenProbe.Connect(fixture, Logins.RlLs);
        await board.Watch("board");
        await console.Watch("department:RL-LS");
        var receivedBefore = board.Stats!.Value.GetProperty("received").GetInt32();

        var id = OrderApi.Id(await _api.Create(OrderApi.HeatingIntake()));
        var row = await board.RowWith(id, r => r.GetProperty("status").GetString() == "pending-dispatch", "the new order on the board, waiting for dispatch");
        Assert.Equal("离石区", row.GetProperty("districtName").GetString());
        Assert.Equal("HEATING", row.GetProperty("taskForce").GetString());
        Assert.EndsWith("+08:00", row.GetProperty("receivedAt").GetString());
        await Eventually.True(() => Task.FromResult(board.Stats!.Value.GetProperty("received").GetInt32() > receivedBefore), "received today counted");
        Assert.Null(console.Row(id));

        await _api.Do(id, "dispatch", new { lead = "RL-LS" }, "dispatched");
        var delivered = await console.RowWith(id, r => r.GetProperty("status").GetString() == "dispatched", "the dispatch on RL-LS's console");
        var accept = delivered.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "accept");
        Assert.Equal("签收", accept.GetProperty("nameText").GetString());
        var started = DateTimeOffset.Parse(accept.GetProperty("startedAt").GetString()!);
        var due = DateTimeOffset.Parse(accept.GetProperty("dueAt").GetString()!);
        var amber = DateTimeOffset.Parse(accept.GetProperty("amberAt").GetString()!);
        // Heating accepts within 30 natural minutes: amber at 75 %, 22.5 minutes in.
        Assert.Equal(TimeSpan.FromMinutes(30), due - started);
        Assert.Equal(TimeSpan.FromMinutes(22.5), amber - started);
        await Eventually.True(() => Task.FromResult(console.Alerts.Any(a => a.GetProperty("orderId").GetString() == id && a.GetProperty("kind").GetString() == "dispatch")),
            "a dispatch alert on the department console");

        await _api.Do(id, "accept", new { department = "RL-LS" }, "accepted");
        await console.RowWith(id, r => r.GetProperty("status").GetString() == "accepted" && r.GetProperty("statusText").GetString() == "已签收", "accepted on the console");
        await board.RowWith(id, r => r.GetProperty("status").GetString() == "accepted", "accepted on the board");
    }

    [Fact]
    public async Task A_redispatch_takes_the_order_off_the_old_department_console()
    {
        await using var rlls = await ScreenProbe.Connect(fixture, Logins.RlLs);
        await using var rlxy = await ScreenProbe.Connect(fixture, Logins.RlXy);
        await rlls.Watch("department:RL-LS");
        await rlxy.Watch("department:RL-XY");

        var id = OrderApi.Id(await _api.Create(OrderApi.HeatingIntake()));
        await _api.Do(id, "dispatch", new { lead = "RL-LS" }, "dispatched");
        await rlls.RowWith(id, _ => true, "on RL-LS");
        await _api.Do(id, "return", new { department = "RL-LS", grounds = "地址属于孝义市，非本公司供热范围" }, "returned");
        await _api.Do(id, "dispatch", new { lead = "RL-XY" }, "dispatched");

        await rlxy.RowWith(id, r => r.GetProperty("lead").GetString() == "RL-XY", "on RL-XY after the re-dispatch");
        await Eventually.True(() => Task.FromResult(rlls.Row(id) is null), "gone from RL-LS");
    }

    [Fact]
    public async Task A_screen_that_starts_watching_later_gets_the_open_order_in_its_snapshot()
    {
        var id = OrderApi.Id(await _api.Create(OrderApi.HeatingIntake()));
        await _api.Do(id, "dispatch", new { lead = "RL-LS" }, "dispatched");

        await using var console = await ScreenProbe.Connect(fixture, Logins.RlLs);
        await Eventually.True(async () =>
        {
            var snapshot = await console.Watch("department:RL-LS");
            return snapshot.GetProperty("orders").EnumerateArray().Any(o => o.GetProperty("id").GetString() == id && o.GetProperty("status").GetString() == "dispatched");
        }, "the dispatched order in the snapshot");
    }

    [Theory]
    [InlineData(Logins.RlLs, "department:RL-XY")]
    [InlineData(Logins.RlLs, "board")]
    [InlineData(Logins.RlLs, "taskforce:HEATING")]
    [InlineData(Logins.Seat1, "board")]
    [InlineData(Logins.Seat1, "department:RL-LS")]
    public async Task Watching_what_the_user_may_not_see_is_refused(string user, string screen)
    {
        await using var probe = await ScreenProbe.Connect(fixture, user);
        var refused = await Assert.ThrowsAsync<HubException>(() => probe.Watch(screen));
        Assert.Contains("无权", refused.Message);
    }

    [Theory]
    [InlineData("department:NOPE", "没有这个承办单位")]
    [InlineData("taskforce:NOPE", "没有这个专班")]
    [InlineData("seats", "无法识别")]
    public async Task A_screen_that_does_not_exist_is_named_in_the_refusal(string screen, string message)
    {
        await using var probe = await ScreenProbe.Connect(fixture, Logins.Admin);
        var refused = await Assert.ThrowsAsync<HubException>(() => probe.Watch(screen));
        Assert.Contains(message, refused.Message);
    }

    [Fact]
    public async Task Without_a_login_the_hub_refuses_the_connection()
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ScreenProbe.Connect(fixture.Services, () => Task.FromResult("not-a-token")));
        Assert.Contains("401", refused.Message);
    }

    [Fact]
    public async Task A_department_console_never_receives_another_departments_order()
    {
        await using var rlxy = await ScreenProbe.Connect(fixture, Logins.RlXy);
        await rlxy.Watch("department:RL-XY");
        await using var board = await ScreenProbe.Connect(fixture, Logins.Leader);
        await board.Watch("board");

        var id = OrderApi.Id(await _api.Create(OrderApi.HeatingIntake()));
        await _api.Do(id, "dispatch", new { lead = "RL-LS" }, "dispatched");
        await board.RowWith(id, r => r.GetProperty("status").GetString() == "dispatched", "the dispatch on the board");
        // A barrier: an order for RL-XY sent after it. Flushes go out in order, so once this one is on
        // RL-XY's console, anything about the first order would have arrived before it.
        var mine = OrderApi.Id(await _api.Create(OrderApi.HeatingIntake(district: "141181")));
        await _api.Do(mine, "dispatch", new { lead = "RL-XY" }, "dispatched");
        await rlxy.RowWith(mine, _ => true, "RL-XY's own order");
        Assert.False(rlxy.Rows.ContainsKey(id));
        Assert.DoesNotContain(rlxy.Alerts, a => a.GetProperty("orderId").GetString() == id);
    }

    [Fact]
    public async Task The_board_snapshot_carries_figures_seats_and_the_thirteen_districts()
    {
        await using var board = await ScreenProbe.Connect(fixture, Logins.Dispatcher);
        var snapshot = await board.Watch("taskforce:HEATING");
        var stats = snapshot.GetProperty("stats");
        Assert.Equal(13, stats.GetProperty("byDistrict").GetArrayLength());
        Assert.Contains(stats.GetProperty("byCompany").EnumerateArray(), c => c.GetProperty("code").GetString() == "RL-LS");
        Assert.Contains(snapshot.GetProperty("seats").EnumerateArray(), s => s.GetProperty("seatId").GetString() == "S001");
        Assert.Equal(42L, await board.Echo(42));
    }
}
