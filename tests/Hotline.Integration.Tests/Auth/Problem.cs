using System.Net;
using System.Text.Json;

namespace Hotline.Integration.Tests.Auth;

/// <summary>Checks for the 401/403/404/400 ProblemDetails the access rules produce.</summary>
public static class Problem
{
    public const string UnauthorizedTitle = "未登录";
    public const string ForbiddenTitle = "无权操作";
    public const string NotFoundTitle = "未找到";
    public const string InvalidTitle = "提交的内容有误";

    /// <summary>The status, the problem content type, a Chinese title and detail, and never a redirect.</summary>
    public static async Task<JsonElement> Of(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{what}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Null(response.Headers.Location);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        var title = problem.GetProperty("title").GetString();
        Assert.True(HasChinese(title), $"{what}: the title should be Chinese, got '{title}'");
        if (expected != HttpStatusCode.BadRequest)
        {
            var detail = problem.TryGetProperty("detail", out var d) ? d.GetString() : null;
            Assert.True(HasChinese(detail), $"{what}: the detail should say why in Chinese, got '{detail}'");
        }
        return problem;
    }

    public static async Task<JsonElement> Forbidden(HttpResponseMessage response, string what)
    {
        var problem = await Of(response, HttpStatusCode.Forbidden, what);
        Assert.Equal(ForbiddenTitle, problem.GetProperty("title").GetString());
        return problem;
    }

    public static async Task<JsonElement> Unauthorized(HttpResponseMessage response, string what)
    {
        var problem = await Of(response, HttpStatusCode.Unauthorized, what);
        Assert.Equal(UnauthorizedTitle, problem.GetProperty("title").GetString());
        return problem;
    }

    /// <summary>A 400 whose errors name each field.</summary>
    public static async Task<JsonElement> Invalid(HttpResponseMessage response, string what, params string[] fields)
    {
        var problem = await Of(response, HttpStatusCode.BadRequest, what);
        Assert.Equal(InvalidTitle, problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        foreach (var field in fields)
        {
            Assert.True(errors.TryGetProperty(field, out var messages), $"{what}: errors should name '{field}': {errors}");
            Assert.All(messages.EnumerateArray(), m => Assert.True(HasChinese(m.GetString()), $"'{field}' needs a Chinese message"));
        }
        return problem;
    }

    public static bool HasChinese(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
