using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Domain.Callbacks;
using Hotline.Integration.Tests.Infrastructure;
using static Hotline.Integration.Tests.Api.ProblemAssert;
using States = Hotline.Integration.Tests.Infrastructure.OrderApi.States;

namespace Hotline.Integration.Tests.Supervision;

/// <summary>回访 through the API: unreachable retries, 实际解决, and the callback queue's order and quiet hours.</summary>
[Collection(ApiCollection.Name)]
public sealed class CallbackApiTests(ApiFixture fixture)
{
    private readonly OrderApi _api = new(fixture);

    [Fact]
    public async Task Satisfied_but_not_solved_closes_with_resolved_false()
    {
        var id = await _api.OrderIn(States.PendingCallback);

        var order = await _api.Do(id, "callback", new { satisfaction = "satisfied", resolved = false, note = "态度很好，但问题还在" }, "closed");

        Assert.False(order.GetProperty("resolved").GetBoolean());
        Assert.Equal("satisfied", order.GetProperty("lastSatisfaction").GetString());
        var attempt = order.GetProperty("callbackAttempts").EnumerateArray().Single();
        Assert.Equal(("satisfied", false), (attempt.GetProperty("outcome").GetString(), attempt.GetProperty("resolved").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, order.GetProperty("nextCallbackAt").ValueKind);
    }

    [Fact]
    public async Task Unreachable_three_times_closes_as_unreachable()
    {
        var id = await _api.OrderIn(States.PendingCallback);
        var before = DateTimeOffset.UtcNow;

        var first = await _api.Do(id, "callback", new { satisfaction = "unreachable", note = "无人接听" }, "pending-callback");

        var next = first.GetProperty("nextCallbackAt").GetDateTimeOffset();
        Assert.True(next >= before.AddHours(2), $"the retry {next:O} must be two hours or more after {before:O}");
        Assert.True(CallbackWindows.Default.IsCallable(next), $"the retry {next:O} must fall inside a callback window");
        Assert.Equal("callback-unreachable", first.GetProperty("events").EnumerateArray().Last().GetProperty("action").GetString());
        await _api.Do(id, "callback", new { satisfaction = "unreachable" }, "pending-callback");
        var closed = await _api.Do(id, "callback", new { satisfaction = "unreachable" }, "closed");

        Assert.Equal(JsonValueKind.Null, closed.GetProperty("resolved").ValueKind);
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("lastSatisfaction").ValueKind);
        Assert.Equal(3, closed.GetProperty("callbackAttempts").GetArrayLength());
        Assert.Contains("无法联系", closed.GetProperty("events").EnumerateArray().Last().GetProperty("reason").GetString());
    }

    [Fact]
    public async Task The_queue_offers_orders_by_next_callable_instant_and_only_callable_ones_when_due()
    {
        var first = await _api.OrderIn(States.PendingCallback);
        var retried = await _api.OrderIn(States.PendingCallback);
        await _api.Do(retried, "callback", new { satisfaction = "unreachable" }, "pending-callback");

        var before = DateTimeOffset.UtcNow;
        var all = await Queue("?due=false&pageSize=200");
        var after = DateTimeOffset.UtcNow;

        var ids = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.True(ids.IndexOf(first) >= 0 && ids.IndexOf(first) < ids.IndexOf(retried), $"{first} before {retried} in {string.Join(",", ids)}");
        var nexts = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("nextCallbackAt").GetDateTimeOffset()).ToList();
        Assert.Equal(nexts.Order(), nexts);
        var firstItem = Item(all, first);
        var retriedItem = Item(all, retried);
        Assert.Equal((0, 1), (firstItem.GetProperty("attempts").GetInt32(), retriedItem.GetProperty("attempts").GetInt32()));
        Assert.Equal("RL-LS", firstItem.GetProperty("lead").GetString());
        Assert.Equal(JsonValueKind.String, firstItem.GetProperty("callbackDueAt").ValueKind);
        Assert.False(retriedItem.GetProperty("callableNow").GetBoolean());
        // Callable now exactly when now is inside a window (unless the request straddled a window's edge).
        if (CallbackWindows.Default.IsCallable(before) == CallbackWindows.Default.IsCallable(after))
        {
            Assert.Equal(CallbackWindows.Default.IsCallable(before), all.GetProperty("windowOpen").GetBoolean());
            Assert.Equal(CallbackWindows.Default.IsCallable(before), firstItem.GetProperty("callableNow").GetBoolean());
        }

        var due = await Queue("");
        Assert.All(due.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("callableNow").GetBoolean()));
        Assert.DoesNotContain(due.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == retried);
    }

    [Fact]
    public async Task A_closed_order_leaves_the_queue()
    {
        var id = await _api.OrderIn(States.PendingCallback);
        Assert.Contains(id, Ids(await Queue("?due=false&pageSize=200")));

        await _api.Do(id, "callback", new { satisfaction = "basically-satisfied" }, "closed");

        Assert.DoesNotContain(id, Ids(await Queue("?due=false&pageSize=200")));
    }

    [Theory]
    [InlineData("?due=maybe", "due")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=201", "pageSize")]
    public async Task Bad_queries_name_the_field(string query, string field)
    {
        var response = await fixture.As(Logins.Reviewer).GetAsync("/api/callbacks" + query);
        AssertNamesFields(await ProblemOf(response, HttpStatusCode.BadRequest, query), field);
    }

    [Theory]
    [InlineData(Logins.Seat1)]
    [InlineData(Logins.Dispatcher)]
    [InlineData(Logins.RlLs)]
    [InlineData(Logins.Leader)]
    public async Task The_queue_is_for_reviewers(string user) =>
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.As(user).GetAsync("/api/callbacks")).StatusCode);

    private Task<JsonElement> Queue(string query) => fixture.As(Logins.Reviewer).GetFromJsonAsync<JsonElement>("/api/callbacks" + query);

    private static JsonElement Item(JsonElement queue, string id) =>
        queue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    private static List<string?> Ids(JsonElement queue) =>
        queue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
}
