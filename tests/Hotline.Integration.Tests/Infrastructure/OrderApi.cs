using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hotline.Integration.Tests.Infrastructure;

/// <summary>The order API as a test drives it: JSON in, JsonElement out.</summary>
public sealed class OrderApi(HttpClient http)
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

    public async Task<JsonElement> Create(object intake)
    {
        var response = await http.PostAsJsonAsync("/api/orders", intake);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var order = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/orders/{order.GetProperty("id").GetString()}", response.Headers.Location?.ToString());
        return order;
    }

    public async Task<JsonElement> Get(string id)
    {
        var response = await http.GetAsync($"/api/orders/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<HttpResponseMessage> Send(string id, string action, object body) =>
        http.PostAsJsonAsync($"/api/orders/{id}/{action}", body);

    /// <summary>Sends a command that must succeed and returns the order, checking its new status.</summary>
    public async Task<JsonElement> Do(string id, string action, object body, string expectedStatus)
    {
        var response = await Send(id, action, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{action} → {(int)response.StatusCode}: {text}");
        var order = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(expectedStatus, order.GetProperty("status").GetString());
        return order;
    }

    public static string Id(JsonElement order) => order.GetProperty("id").GetString()!;

    public static string Status(JsonElement order) => order.GetProperty("status").GetString()!;

    public static long Version(JsonElement order) => order.GetProperty("version").GetInt64();

    public static IReadOnlyList<string> Actions(JsonElement order) =>
        order.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToArray();

    public static JsonElement Clock(JsonElement order, string name, string? department) =>
        order.GetProperty("clocks").EnumerateArray().Last(c =>
            c.GetProperty("name").GetString() == name &&
            (department is null || c.GetProperty("department").GetString() == department));
}
