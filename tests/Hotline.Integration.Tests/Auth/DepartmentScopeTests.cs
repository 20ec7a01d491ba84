using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Integration.Tests.Infrastructure;
using States = Hotline.Integration.Tests.Infrastructure.OrderApi.States;

namespace Hotline.Integration.Tests.Auth;

/// <summary>
/// A department user sees its own department's orders and data only: another department's order is a 404
/// (its existence is not told), another department's list or snapshot a 403.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DepartmentScopeTests(ApiFixture fixture)
{
    private readonly OrderApi _api = new(fixture);

    [Fact]
    public async Task Lead_and_co_handler_read_the_order_another_department_gets_404()
    {
        var id = await _api.OrderIn(States.Dispatched);
        Assert.Equal(HttpStatusCode.OK, (await fixture.As(Logins.RlLs).GetAsync($"/api/orders/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.As(Logins.Zjj).GetAsync($"/api/orders/{id}")).StatusCode);

        var hidden = await Problem.Of(await fixture.As(Logins.RlXy).GetAsync($"/api/orders/{id}"), HttpStatusCode.NotFound, "RL-XY reads RL-LS's order");
        var unknown = await Problem.Of(await fixture.As(Logins.RlXy).GetAsync("/api/orders/19990101-ZZZZZZ"), HttpStatusCode.NotFound, "unknown order");
        // The same answer as for an order that does not exist.
        Assert.Equal(unknown.GetProperty("title").GetString(), hidden.GetProperty("title").GetString());
        Assert.Equal(unknown.GetProperty("detail").GetString()!.Replace("19990101-ZZZZZZ", id), hidden.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_undispatched_order_is_no_department_s_business()
    {
        var id = await _api.OrderIn(States.Pending);
        await Problem.Of(await fixture.As(Logins.RlLs).GetAsync($"/api/orders/{id}"), HttpStatusCode.NotFound, "RL-LS reads a pending order");
    }

    [Fact]
    public async Task A_command_on_another_department_s_order_is_a_404_and_changes_nothing()
    {
        var id = await _api.OrderIn(States.Dispatched);
        var before = await _api.Get(id);
        var response = await _api.Send(id, "accept", new { department = "RL-XY" }, Logins.RlXy);
        await Problem.Of(response, HttpStatusCode.NotFound, "RL-XY accepts RL-LS's order for itself");
        Assert.Equal(OrderApi.Version(before), OrderApi.Version(await _api.Get(id)));
    }

    [Fact]
    public async Task A_department_that_returned_an_order_still_reads_it()
    {
        var id = OrderApi.Id(await _api.Create(OrderApi.HeatingIntake(OrderApi.UniquePhone(), "141181")));
        await _api.Do(id, "dispatch", new { lead = "RL-XY", coHandlers = Array.Empty<string>() }, "dispatched");
        await _api.Do(id, "return", new { department = "RL-XY", grounds = "地址属离石区供热范围" }, "returned");
        await _api.Do(id, "dispatch", new { lead = "RL-LS", coHandlers = Array.Empty<string>() }, "dispatched");

        var order = await _api.Get(id, Logins.RlXy);
        Assert.Equal("RL-LS", order.GetProperty("lead").GetString());
        await Problem.Of(await fixture.As(Logins.Zjj).GetAsync($"/api/orders/{id}"), HttpStatusCode.NotFound, "ZJJ never handled it");
    }

    [Fact]
    public async Task Listing_is_held_to_the_own_department()
    {
        var mine = await _api.OrderIn(States.Dispatched);
        var xy = OrderApi.Id(await _api.Create(OrderApi.HeatingIntake(OrderApi.UniquePhone(), "141181")));
        await _api.Do(xy, "dispatch", new { lead = "RL-XY", coHandlers = Array.Empty<string>() }, "dispatched");

        // Without a filter, a department user gets its own department's list.
        var own = await Ids(Logins.RlLs, "pageSize=200");
        Assert.Contains(mine, own);
        Assert.DoesNotContain(xy, own);
        var explicitOwn = await Ids(Logins.RlLs, "department=RL-LS&pageSize=200");
        Assert.Contains(mine, explicitOwn);

        await Problem.Forbidden(await fixture.As(Logins.RlXy).GetAsync("/api/orders?department=RL-LS"), "RL-XY lists RL-LS");
        Assert.DoesNotContain(mine, await Ids(Logins.RlXy, "pageSize=200"));
        // The centre's roles list any department.
        Assert.Contains(mine, await Ids(Logins.Leader, "department=RL-LS&pageSize=200"));
    }

    [Theory]
    [InlineData("/api/departments/RL-LS")]
    [InlineData("/api/departments/RL-LS/orders")]
    public async Task Another_department_s_snapshot_is_a_403(string path)
    {
        Assert.Equal(HttpStatusCode.OK, (await fixture.As(Logins.RlLs).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.As(Logins.Dispatcher).GetAsync(path)).StatusCode);
        await Problem.Forbidden(await fixture.As(Logins.RlXy).GetAsync(path), $"RL-XY reads {path}");
    }

    [Fact]
    public async Task Emergency_contact_is_set_by_admin_or_the_department_itself()
    {
        var own = await fixture.As(Logins.RlXy).PutAsJsonAsync("/api/departments/RL-XY/emergency-contact", new { name = "孝义热力值班室", phone = "03583333333" });
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);

        await Problem.Forbidden(await fixture.As(Logins.RlLs).PutAsJsonAsync("/api/departments/RL-XY/emergency-contact", new { name = "冒名", phone = "03580000000" }), "RL-LS sets RL-XY's contact");
        await Problem.Forbidden(await fixture.As(Logins.Dispatcher).PutAsJsonAsync("/api/departments/RL-XY/emergency-contact", new { name = "冒名", phone = "03580000000" }), "dispatcher sets a contact");

        var department = await fixture.As(Logins.Admin).GetFromJsonAsync<JsonElement>("/api/departments/RL-XY");
        Assert.Equal("孝义热力值班室", department.GetProperty("emergencyContact").GetProperty("name").GetString());
        Assert.Equal("03583333333", department.GetProperty("emergencyContact").GetProperty("phone").GetString());
    }

    private async Task<IReadOnlyList<string>> Ids(string user, string query)
    {
        var page = await fixture.As(user).GetFromJsonAsync<JsonElement>($"/api/orders?{query}");
        return page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToArray();
    }
}
