using System.Net;
using System.Text.Json;

namespace Hotline.Integration.Tests.Api;

/// <summary>How every bad-input test reads a refusal: a ProblemDetails with a Chinese title, detail and field messages.</summary>
public static class ProblemAssert
{
    public const string InvalidTitle = "提交的内容有误";
    public const string ConflictTitle = "当前状态不允许此操作";
    public const string NotFoundTitle = "未找到";

    /// <summary>
    /// Checks a ProblemDetails response: the status code, the problem content type, a Chinese title and,
    /// for 404 and 409, a Chinese detail.
    /// </summary>
    public static async Task<JsonElement> ProblemOf(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{what}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());

        var title = problem.GetProperty("title").GetString();
        Assert.Equal(expected switch
        {
            HttpStatusCode.BadRequest => InvalidTitle,
            HttpStatusCode.NotFound => NotFoundTitle,
            _ => ConflictTitle,
        }, title);
        if (expected != HttpStatusCode.BadRequest)
        {
            var detail = problem.TryGetProperty("detail", out var d) ? d.GetString() : null;
            Assert.True(HasChinese(detail), $"{what}: the {(int)expected} should say why in Chinese, got '{detail}'");
        }
        return problem;
    }

    /// <summary>Each field is a key of <c>errors</c>, with at least one Chinese message.</summary>
    public static void AssertNamesFields(JsonElement problem, params string[] fields)
    {
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object,
            $"a 400 must carry errors: {problem}");
        foreach (var field in fields)
        {
            Assert.True(errors.TryGetProperty(field, out var messages), $"errors should name '{field}': {errors}");
            var list = messages.EnumerateArray().Select(m => m.GetString()).ToArray();
            Assert.NotEmpty(list);
            Assert.All(list, m => Assert.True(HasChinese(m), $"'{field}' needs a Chinese message, got '{m}'"));
        }
    }

    public static bool HasChinese(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
