using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Contracts.Seats;
using Hotline.Integration.Tests.Infrastructure;

namespace Hotline.Integration.Tests.Auth;

/// <summary>The seat API: the board's list, a seat's own view, and the status a seat sets for itself only.</summary>
[Collection(ApiCollection.Name)]
public sealed class SeatApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_seat_sets_its_own_status_and_sees_it()
    {
        var response = await fixture.As(Logins.Seat1).PutAsJsonAsync("/api/seats/S001/status", new { status = "available" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("available", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var me = await fixture.As(Logins.Seat1).GetFromJsonAsync<JsonElement>("/api/seats/me");
        Assert.Equal("S001", me.GetProperty("seatId").GetString());
        Assert.Equal("张丽", me.GetProperty("displayName").GetString());
        Assert.Equal("available", me.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_seat_may_not_set_another_seat_s_status_admin_may()
    {
        Assert.Equal(HttpStatusCode.OK, (await fixture.As(Logins.Admin).PutAsJsonAsync("/api/seats/S002/status", new { status = "offline" })).StatusCode);

        await Problem.Forbidden(await fixture.As(Logins.Seat1).PutAsJsonAsync("/api/seats/S002/status", new { status = "available" }), "seat1 sets S002");
        Assert.Equal("offline", (await fixture.Client.GetGrain<ISeatGrain>("S002").Get()).Status);

        Assert.Equal(HttpStatusCode.OK, (await fixture.As(Logins.Admin).PutAsJsonAsync("/api/seats/S002/status", new { status = "wrap-up" })).StatusCode);
        Assert.Equal("wrap-up", (await fixture.Client.GetGrain<ISeatGrain>("S002").Get()).Status);
    }

    [Theory]
    [InlineData(Logins.Dispatcher)]
    [InlineData(Logins.Leader)]
    [InlineData(Logins.Reviewer)]
    [InlineData(Logins.RlLs)]
    public async Task Only_the_seat_itself_and_admin_set_a_seat_s_status(string user)
    {
        await Problem.Forbidden(await fixture.As(user).PutAsJsonAsync("/api/seats/S001/status", new { status = "offline" }), $"{user} sets S001");
    }

    [Theory]
    [InlineData("""{"status":"busy"}""")]
    [InlineData("""{"status":""}""")]
    [InlineData("{}")]
    [InlineData("""{"status":"busy","callerPhone":"13800001234"}""")]
    public async Task A_status_that_cannot_be_set_is_a_400_naming_status(string body)
    {
        var response = await fixture.As(Logins.Seat1).PutAsync("/api/seats/S001/status", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await Problem.Invalid(response, body, "status");
        if (body.Contains("busy"))
        {
            var message = problem.GetProperty("errors").GetProperty("status")[0].GetString();
            foreach (var code in new[] { "available", "on-call", "wrap-up", "offline" }) Assert.Contains(code, message);
        }
    }

    [Fact]
    public async Task On_call_starts_a_call_once_and_wrap_up_ends_it()
    {
        var seat = fixture.As(Logins.Seat2);
        await seat.PutAsJsonAsync("/api/seats/S002/status", new { status = "available" });
        var before = (await seat.GetFromJsonAsync<JsonElement>("/api/seats/me")).GetProperty("callsTaken").GetInt32();

        var answered = await seat.PutAsJsonAsync("/api/seats/S002/status", new { status = "on-call", callerPhone = "13800001234" });
        var onCall = await answered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("on-call", onCall.GetProperty("status").GetString());
        Assert.Equal(before + 1, onCall.GetProperty("callsTaken").GetInt32());

        var again = await seat.PutAsJsonAsync("/api/seats/S002/status", new { status = "on-call" });
        var conflict = await Problem.Of(again, HttpStatusCode.Conflict, "通话中");
        Assert.Equal("on-call", conflict.GetProperty("currentStatus").GetString());

        var hungUp = await (await seat.PutAsJsonAsync("/api/seats/S002/status", new { status = "wrap-up" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("wrap-up", hungUp.GetProperty("status").GetString());
        Assert.Equal(before + 1, hungUp.GetProperty("callsTaken").GetInt32());
        await seat.PutAsJsonAsync("/api/seats/S002/status", new { status = "available" });
    }

    [Fact]
    public async Task A_malformed_caller_phone_is_a_400_naming_it()
    {
        var response = await fixture.As(Logins.Seat2).PutAsJsonAsync("/api/seats/S002/status", new { status = "on-call", callerPhone = "12ab" });
        await Problem.Invalid(response, "bad phone", "callerPhone");
    }

    [Fact]
    public async Task An_unknown_seat_is_a_404()
    {
        await Problem.Of(await fixture.As(Logins.Admin).PutAsJsonAsync("/api/seats/S999/status", new { status = "offline" }), HttpStatusCode.NotFound, "S999");
    }

    [Fact]
    public async Task The_board_lists_every_seat_with_its_person()
    {
        var seats = await fixture.As(Logins.Dispatcher).GetFromJsonAsync<JsonElement>("/api/seats");
        var s1 = seats.EnumerateArray().Single(s => s.GetProperty("seatId").GetString() == "S001");
        Assert.Equal("seat1", s1.GetProperty("userName").GetString());
        Assert.Equal("张丽", s1.GetProperty("displayName").GetString());
        Assert.Contains(seats.EnumerateArray(), s => s.GetProperty("seatId").GetString() == "S002" && s.GetProperty("displayName").GetString() == "王芳");

        await Problem.Forbidden(await fixture.As(Logins.RlLs).GetAsync("/api/seats"), "department lists seats");
        await Problem.Forbidden(await fixture.As(Logins.Dispatcher).GetAsync("/api/seats/me"), "dispatcher's own seat");
    }

    [Fact]
    public async Task A_seat_creates_orders_on_its_own_seat_only()
    {
        var before = (await fixture.Client.GetGrain<ISeatGrain>("S001").Get()).OrdersCreated;
        var api = new OrderApi(fixture);
        await api.Create(OrderApi.HeatingIntake(OrderApi.UniquePhone()), Logins.Seat1);
        Assert.Equal(before + 1, (await fixture.Client.GetGrain<ISeatGrain>("S001").Get()).OrdersCreated);

        var other = await fixture.As(Logins.Seat1).PostAsJsonAsync("/api/orders", WithSeat("S002"));
        await Problem.Forbidden(other, "seat1 creates on S002");
        var own = await fixture.As(Logins.Seat1).PostAsJsonAsync("/api/orders", WithSeat("S001"));
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(before + 2, (await fixture.Client.GetGrain<ISeatGrain>("S001").Get()).OrdersCreated);
    }

    private static JsonElement WithSeat(string seatId)
    {
        var node = JsonSerializer.SerializeToNode(OrderApi.HeatingIntake(OrderApi.UniquePhone()), ApiFixture.Json)!.AsObject();
        node["seatId"] = seatId;
        return JsonSerializer.SerializeToElement(node);
    }
}
