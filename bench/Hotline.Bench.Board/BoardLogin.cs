using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hotline.Bench.Board;

/// <summary>Signs in as the demo dispatcher and returns the bearer token the hub accepts.</summary>
public static class BoardLogin
{
    public const string UserName = "dispatcher1";
    public const string Password = "hotline123";

    /// <summary>Retries 401 for a while: the demo users are seeded by a hosted service that may finish after /health turns green.</summary>
    public static async Task<string> Token(HttpClient http, Uri baseAddress, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            using var response = await http.PostAsJsonAsync(new Uri(baseAddress, "/api/auth/token"),
                new { userName = UserName, password = Password }, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                return body.RootElement.GetProperty("accessToken").GetString()
                    ?? throw new BenchSetupException("POST /api/auth/token answered without an accessToken");
            }
            if (response.StatusCode != HttpStatusCode.Unauthorized || DateTime.UtcNow > deadline)
                throw new BenchSetupException($"POST /api/auth/token as {UserName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
            await Task.Delay(500, cancellationToken);
        }
    }
}
