using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Contracts.Seats;
using Hotline.Integration.Tests.Infrastructure;
using States = Hotline.Integration.Tests.Infrastructure.OrderApi.States;

namespace Hotline.Integration.Tests.Auth;

/// <summary>Caller phones are whole for the seat and the reviewer only; everyone else, admin included, sees 138****1234.</summary>
[Collection(ApiCollection.Name)]
public sealed class PhoneMaskingTests(ApiFixture fixture)
{
    private readonly OrderApi _api = new(fixture);

    [Theory]
    [InlineData(Logins.Seat1, true)]
    [InlineData(Logins.Reviewer, true)]
    [InlineData(Logins.Dispatcher, false)]
    [InlineData(Logins.Leader, false)]
    [InlineData(Logins.RlLs, false)]
    [InlineData(Logins.Admin, false)]
    public async Task The_order_shows_the_caller_phone_whole_only_to_seat_and_reviewer(string user, bool whole)
    {
        var phone = OrderApi.UniquePhone();
        var id = await _api.OrderIn(States.Dispatched, phone);
        var order = await _api.Get(id, user);
        Assert.Equal(whole ? phone : Masked(phone), order.GetProperty("caller").GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Command_and_create_answers_are_masked_too()
    {
        var phone = OrderApi.UniquePhone();
        var created = await _api.Create(OrderApi.HeatingIntake(phone), Logins.Dispatcher);
        Assert.Equal(Masked(phone), created.GetProperty("caller").GetProperty("phone").GetString());

        var id = OrderApi.Id(created);
        var dispatched = await _api.Do(id, "dispatch", new { lead = "RL-LS", coHandlers = Array.Empty<string>() }, "dispatched");
        Assert.Equal(Masked(phone), dispatched.GetProperty("caller").GetProperty("phone").GetString());
        var accepted = await _api.Do(id, "accept", new { department = "RL-LS" }, "accepted");
        Assert.Equal(Masked(phone), accepted.GetProperty("caller").GetProperty("phone").GetString());

        var seatCopy = await _api.Create(OrderApi.HeatingIntake(phone), Logins.Seat1);
        Assert.Equal(phone, seatCopy.GetProperty("caller").GetProperty("phone").GetString());
    }

    [Fact]
    public async Task The_caller_profile_is_for_seat_reviewer_and_admin_and_masked_for_admin()
    {
        var phone = OrderApi.UniquePhone();
        await _api.Create(OrderApi.HeatingIntake(phone));
        var seat = await fixture.As(Logins.Seat1).GetFromJsonAsync<JsonElement>($"/api/callers/{phone}");
        Assert.Equal(phone, seat.GetProperty("phone").GetString());
        var reviewer = await fixture.As(Logins.Reviewer).GetFromJsonAsync<JsonElement>($"/api/callers/{phone}");
        Assert.Equal(phone, reviewer.GetProperty("phone").GetString());
        var admin = await fixture.As(Logins.Admin).GetFromJsonAsync<JsonElement>($"/api/callers/{phone}");
        Assert.Equal(Masked(phone), admin.GetProperty("phone").GetString());

        foreach (var user in new[] { Logins.Dispatcher, Logins.Leader, Logins.RlLs })
            await Problem.Forbidden(await fixture.As(user).GetAsync($"/api/callers/{phone}"), $"caller lookup as {user}");
    }

    [Fact]
    public async Task A_seat_s_current_caller_is_masked_on_the_seat_board()
    {
        var phone = OrderApi.UniquePhone();
        var seat = fixture.Client.GetGrain<ISeatGrain>("S002");
        if ((await seat.Get()).Status == "on-call") await seat.EndCall();
        await seat.StartCall(phone);
        try
        {
            Assert.Equal(Masked(phone), await CurrentCaller(Logins.Dispatcher));
            Assert.Equal(Masked(phone), await CurrentCaller(Logins.Leader));
            Assert.Equal(phone, await CurrentCaller(Logins.Seat1));
        }
        finally
        {
            await seat.EndCall();
        }
    }

    private async Task<string?> CurrentCaller(string user)
    {
        var seats = await fixture.As(user).GetFromJsonAsync<JsonElement>("/api/seats");
        return seats.EnumerateArray().Single(s => s.GetProperty("seatId").GetString() == "S002").GetProperty("currentCaller").GetString();
    }

    private static string Masked(string phone) => phone[..3] + "****" + phone[^4..];
}
