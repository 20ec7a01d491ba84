using Hotline.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hotline.Integration.Tests.Live;

/// <summary>
/// The silo goes down and comes back under a dashboard with a screen open: the dashboard gets its
/// cluster back, resubscribes, tells the screen to resync, and the next order reaches the screen.
/// Also the regression for pub-sub state written by one silo and read back by the next.
/// </summary>
public sealed class SiloRestartLiveTests : IAsyncLifetime
{
    private readonly string _serviceId = Azurite.NewServiceId("live-restart");
    private readonly string _clusterId = $"cluster-{Guid.NewGuid():N}";
    private readonly int _siloPort = FreePort.Next();
    private readonly int _gatewayPort = FreePort.Next();
    private IHost? _silo;
    private WebApplicationFactory<Program>? _dashboard;

    public async Task InitializeAsync()
    {
        _silo = await SiloProcess.Start(_serviceId, _clusterId, _siloPort, _gatewayPort);
        _dashboard = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Hotline:Storage", "AzureTables");
            web.UseSetting("Hotline:ConnectionString", Azurite.ConnectionString);
            web.UseSetting("Hotline:ServiceId", _serviceId);
            web.UseSetting("Hotline:ClusterId", _clusterId);
        });
        _dashboard.CreateClient().Dispose();
    }

    [Fact]
    public async Task After_a_silo_restart_the_screen_resyncs_and_live_updates_continue()
    {
        var http = _dashboard!.CreateClient();
        var token = await Token(http, Logins.Dispatcher);
        await using var board = await ScreenProbe.Connect(_dashboard.Services, () => Task.FromResult(token));
        await board.Watch("board");

        var first = await Create(http, await Token(http, Logins.Seat1));
        await board.RowWith(first, _ => true, "the first order on the board");

        await _silo!.StopAsync();
        _silo.Dispose();
        _silo = await SiloProcess.Start(_serviceId, _clusterId, _siloPort, _gatewayPort);

        await Eventually.True(() => Task.FromResult(board.Resyncs > 0), "the screen told to resync", TimeSpan.FromSeconds(60));
        var second = await Eventually.Get(async () =>
        {
            try { return await Create(http, await Token(http, Logins.Seat1)); }
            catch (HttpRequestException) { return null; }
        }, id => id is not null, "an order accepted by the restarted silo", TimeSpan.FromSeconds(60));
        await board.RowWith(second!, _ => true, "the order made after the restart on the board");
    }

    private static async Task<string> Token(HttpClient http, string user)
    {
        var response = await http.PostAsJsonAsync("/api/auth/token", new { userName = user, password = Logins.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<string> Create(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(OrderApi.HeatingIntake()) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"create → {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public async Task DisposeAsync()
    {
        if (_dashboard is not null) await _dashboard.DisposeAsync();
        if (_silo is not null)
        {
            await _silo.StopAsync();
            _silo.Dispose();
        }
    }
}
