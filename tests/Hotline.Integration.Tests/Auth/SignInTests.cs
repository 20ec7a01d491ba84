using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hotline.Integration.Tests.Infrastructure;

namespace Hotline.Integration.Tests.Auth;

/// <summary>Signing in with a cookie or for a bearer token, signing out, and what a request without either gets.</summary>
[Collection(ApiCollection.Name)]
public sealed class SignInTests(ApiFixture fixture)
{
    [Fact]
    public async Task Login_sets_an_http_only_lax_cookie_that_signs_the_browser_in_until_logout()
    {
        using var browser = fixture.NewBrowser();
        var login = await browser.PostAsJsonAsync("/api/auth/login", new { userName = Logins.RlLs, password = Logins.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var user = await login.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("rl-ls", user.GetProperty("userName").GetString());
        Assert.Equal("赵师傅", user.GetProperty("displayName").GetString());
        Assert.Equal("department", user.GetProperty("role").GetString());
        Assert.Equal("RL-LS", user.GetProperty("department").GetString());
        Assert.Equal(JsonValueKind.Null, user.GetProperty("seatId").ValueKind);

        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("hotline.auth="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        var me = await browser.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("rl-ls", me.GetProperty("userName").GetString());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/departments/RL-LS")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/api/auth/logout", null)).StatusCode);
        await Problem.Unauthorized(await browser.GetAsync("/api/me"), "after logout");
    }

    [Fact]
    public async Task User_names_are_not_case_sensitive()
    {
        var response = await fixture.Http.PostAsJsonAsync("/api/auth/token", new { userName = "Seat1", password = Logins.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_401()
    {
        var wrong = await Problem.Of(await fixture.Http.PostAsJsonAsync("/api/auth/login", new { userName = Logins.Seat1, password = "hotline124" }),
            HttpStatusCode.Unauthorized, "wrong password");
        var unknown = await Problem.Of(await fixture.Http.PostAsJsonAsync("/api/auth/login", new { userName = "nobody", password = Logins.Password }),
            HttpStatusCode.Unauthorized, "unknown user");
        var token = await Problem.Of(await fixture.Http.PostAsJsonAsync("/api/auth/token", new { userName = Logins.Seat1, password = "wrong" }),
            HttpStatusCode.Unauthorized, "token with a wrong password");

        // Nothing in the answer tells which of the two was wrong.
        Assert.Equal(wrong.GetProperty("title").GetString(), unknown.GetProperty("title").GetString());
        Assert.Equal(wrong.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());
        Assert.Equal(wrong.GetProperty("detail").GetString(), token.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("login", """{"password":"hotline123"}""", "userName")]
    [InlineData("login", """{"userName":"seat1"}""", "password")]
    [InlineData("login", """{"userName":" ","password":""}""", "userName,password")]
    [InlineData("login", "not json", "body")]
    [InlineData("login", "", "body")]
    [InlineData("token", "{}", "userName,password")]
    [InlineData("token", """{"userName":42,"password":"hotline123"}""", "userName")]
    public async Task Missing_or_malformed_fields_are_a_400_naming_them(string endpoint, string body, string fields)
    {
        var response = await fixture.Http.PostAsync($"/api/auth/{endpoint}", new StringContent(body, Encoding.UTF8, "application/json"));
        await Problem.Invalid(response, $"{endpoint} {body}", fields.Split(','));
    }

    [Fact]
    public async Task A_token_signs_api_calls_in()
    {
        var response = await fixture.Http.PostAsJsonAsync("/api/auth/token", new { userName = Logins.Seat2, password = Logins.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        Assert.True(token.GetProperty("expiresIn").GetInt64() > 0);
        var accessToken = token.GetProperty("accessToken").GetString();
        Assert.False(string.IsNullOrEmpty(accessToken));
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie");

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var me = await (await fixture.Http.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("seat2", me.GetProperty("userName").GetString());
        Assert.Equal("seat", me.GetProperty("role").GetString());
        Assert.Equal("S002", me.GetProperty("seatId").GetString());
        Assert.Equal("王芳", me.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task A_forged_token_is_a_401()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/orders");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        await Problem.Unauthorized(await fixture.Http.SendAsync(request), "forged token");
    }

    [Fact]
    public async Task The_query_string_token_counts_for_hubs_only()
    {
        var token = await fixture.TokenFor(Logins.Dispatcher);
        // SignalR's WebSocket clients send the token in access_token; a hub path that needs a login lets it in.
        var hub = await fixture.Http.PostAsync($"/hubs/nothing-here?access_token={Uri.EscapeDataString(token)}", null);
        Assert.NotEqual(HttpStatusCode.Unauthorized, hub.StatusCode);
        await Problem.Unauthorized(await fixture.Http.PostAsync("/hubs/nothing-here", null), "hub without a token");
        // Elsewhere a token in the URL (logs, history, Referer) is not accepted.
        await Problem.Unauthorized(await fixture.Http.GetAsync($"/api/me?access_token={Uri.EscapeDataString(token)}"), "api with a query token");
    }

    [Theory]
    [InlineData("GET", "/api/orders")]
    [InlineData("GET", "/api/orders/19990101-ZZZZZZ")]
    [InlineData("POST", "/api/orders")]
    [InlineData("POST", "/api/orders/19990101-ZZZZZZ/dispatch")]
    [InlineData("GET", "/api/departments")]
    [InlineData("GET", "/api/callers/13800001234")]
    [InlineData("GET", "/api/me")]
    [InlineData("GET", "/api/seats")]
    [InlineData("POST", "/api/evidence")]
    [InlineData("GET", "/api/nothing-here")]
    public async Task Without_a_login_the_api_answers_401_not_a_redirect(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        var response = await fixture.Http.SendAsync(request);
        await Problem.Unauthorized(response, $"{method} {path}");
    }

    [Fact]
    public async Task Health_stays_open_for_probes()
    {
        Assert.Equal(HttpStatusCode.OK, (await fixture.Http.GetAsync("/health")).StatusCode);
    }
}
