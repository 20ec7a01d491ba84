using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Integration.Tests.Infrastructure;

namespace Hotline.Integration.Tests.Api;

/// <summary>GET /api/orders reads the order index in Azure Tables: filters, order and paging.</summary>
[Collection(ApiCollection.Name)]
public sealed class OrderListTests(ApiFixture fixture)
{
    private readonly OrderApi _api = new(fixture);
    private HttpClient Dispatcher => fixture.As(Logins.Dispatcher);

    [Fact]
    public async Task Department_filter_finds_lead_and_co_handled_orders_and_follows_a_redispatch()
    {
        var id = OrderApi.Id(await _api.Create(OrderApi.PropertyIntake("13688880001")));
        await _api.Do(id, "dispatch", new { lead = "JTJ", coHandlers = new[] { "GAJ-JJ" } }, "dispatched");

        Assert.Contains(id, await Ids("department=JTJ"));
        Assert.Contains(id, await Ids("department=GAJ-JJ"));
        Assert.Contains(id, await Ids("department=GAJ-JJ&status=dispatched&overdue=false"));

        await _api.Do(id, "return", new { department = "JTJ", grounds = "不属于本单位职责" }, "returned");
        await _api.Do(id, "dispatch", new { lead = "ZJJ", coHandlers = Array.Empty<string>() }, "dispatched");
        Assert.DoesNotContain(id, await Ids("department=JTJ"));
        Assert.DoesNotContain(id, await Ids("department=GAJ-JJ"));
        Assert.Contains(id, await Ids("department=ZJJ"));
    }

    [Fact]
    public async Task Pages_list_the_newest_first_and_continue_where_they_stopped()
    {
        var created = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var id = OrderApi.Id(await _api.Create(OrderApi.PropertyIntake($"1368888001{i}")));
            await _api.Do(id, "dispatch", new { lead = "NYNCJ", coHandlers = Array.Empty<string>() }, "dispatched");
            created.Add(id);
        }

        var first = await Dispatcher.GetFromJsonAsync<JsonElement>("/api/orders?department=NYNCJ&pageSize=2");
        var firstIds = first.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(2, firstIds.Length);
        var continuation = first.GetProperty("continuation").GetString();
        Assert.False(string.IsNullOrEmpty(continuation));
        var second = await Dispatcher.GetFromJsonAsync<JsonElement>($"/api/orders?department=NYNCJ&pageSize=2&continuation={Uri.EscapeDataString(continuation!)}");
        var all = firstIds.Concat(second.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetString()!)).ToArray();

        Assert.Equal(all.Distinct().Count(), all.Length);
        Assert.All(created, id => Assert.Contains(id, all));
        var received = first.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("receivedAt").GetDateTimeOffset()).ToArray();
        Assert.True(received[0] >= received[1], "newest first");
    }

    private async Task<IReadOnlyList<string>> Ids(string query)
    {
        var page = await Dispatcher.GetFromJsonAsync<JsonElement>($"/api/orders?{query}&pageSize=200");
        return page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToArray();
    }
}
