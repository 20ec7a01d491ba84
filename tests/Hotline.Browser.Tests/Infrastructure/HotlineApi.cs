using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hotline.Browser.Tests.Infrastructure;

/// <summary>
/// The order API over real HTTP with bearer tokens (POST /api/auth/token), one token per demo user.
/// Used to set up data and to play the dispatcher; the pages under test are driven by the browser.
/// </summary>
public sealed class HotlineApi(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public async Task<string> TokenFor(string userName)
    {
        if (_tokens.TryGetValue(userName, out var token)) return token;
        var response = await _http.PostAsJsonAsync("/api/auth/token", new { userName, password = Logins.Password });
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"Sign-in of {userName} → {(int)response.StatusCode}: {text}");
        token = JsonDocument.Parse(text).RootElement.GetProperty("accessToken").GetString()!;
        return _tokens[userName] = token;
    }

    /// <summary>A heating complaint (供热, so the HEATING task force and its 30-minute accept clock), created by seat1; in 离石区 unless told.</summary>
    public async Task<string> CreateHeatingOrder(string title, string address, string districtCode = "141102")
    {
        var order = await Send(HttpMethod.Post, "/api/orders", Logins.Seat1, new
        {
            channel = "热线电话",
            caller = new { phone = UniquePhone(), name = "王先生", type = "citizen" },
            districtCode,
            address,
            category = "供热",
            title,
            content = "家中暖气片温度很低，室温只有 14 度，老人孩子受冻，请尽快处理。",
            urgency = "normal",
        }, HttpStatusCode.Created);
        return order.GetProperty("id").GetString()!;
    }

    /// <summary>Dispatches as the task force's dispatcher; returns the order as the API answered.</summary>
    public Task<JsonElement> Dispatch(string orderId, string lead) =>
        Send(HttpMethod.Post, $"/api/orders/{orderId}/dispatch", Logins.Dispatcher, new { lead }, HttpStatusCode.OK);

    /// <summary>退单 by the lead department, as one of its own users.</summary>
    public Task<JsonElement> Return(string orderId, string department, string grounds, string user) =>
        Send(HttpMethod.Post, $"/api/orders/{orderId}/return", user, new { department, grounds }, HttpStatusCode.OK);

    /// <summary>Any command of the order API as <paramref name="user"/>; it must succeed.</summary>
    public Task<JsonElement> Command(string orderId, string action, string user, object body) =>
        Send(HttpMethod.Post, $"/api/orders/{orderId}/{action}", user, body, HttpStatusCode.OK);

    /// <summary>A heating complaint of <paramref name="phone"/> taken to 办结 with RL-LS's final reply (最终答复).</summary>
    public async Task<string> CloseWithFinalReply(string phone, string title, string content, string address, string reply, string evidence)
    {
        var order = await Send(HttpMethod.Post, "/api/orders", Logins.Seat1, new
        {
            channel = "热线电话", caller = new { phone, name = "赵女士", type = "citizen" }, districtCode = "141102",
            address, category = "供热", title, content, urgency = "normal",
        }, HttpStatusCode.Created);
        var id = order.GetProperty("id").GetString()!;
        await Dispatch(id, "RL-LS");
        await Command(id, "accept", Logins.RlLs, new { department = "RL-LS" });
        await Command(id, "reply", Logins.RlLs, new { department = "RL-LS", content = reply, evidence = new[] { evidence }, final = true });
        await Command(id, "review", Logins.Reviewer, new { level = "department", approved = true });
        await Command(id, "review", Logins.Reviewer, new { level = "centre", approved = true });
        await Command(id, "callback", Logins.Reviewer, new { satisfaction = "basically-satisfied" });
        return id;
    }

    public Task<JsonElement> Get(string orderId) =>
        Send(HttpMethod.Get, $"/api/orders/{orderId}", Logins.Dispatcher, null, HttpStatusCode.OK);

    /// <summary>The running clock of that name (and department) on an order.</summary>
    public static JsonElement Clock(JsonElement order, string name, string department) =>
        order.GetProperty("clocks").EnumerateArray().Last(c =>
            c.GetProperty("name").GetString() == name && c.GetProperty("department").GetString() == department);

    public static DateTimeOffset Instant(JsonElement element, string property) =>
        DateTimeOffset.Parse(element.GetProperty(property).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    public static string UniquePhone() => "137" + Random.Shared.NextInt64(0, 100_000_000).ToString("D8");

    private async Task<JsonElement> Send(HttpMethod method, string path, string user, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenFor(user));
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path} as {user} → {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => _http.Dispose();
}
