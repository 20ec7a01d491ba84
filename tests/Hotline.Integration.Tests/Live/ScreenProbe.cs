using System.Collections.Concurrent;
using System.Text.Json;
using Hotline.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Integration.Tests.Live;

/// <summary>
/// A real SignalR client on /hubs/dispatch, signed in as a demo user, that remembers what its
/// screens were told: the latest row per order (by sequence), the figures and the alerts.
/// </summary>
public sealed class ScreenProbe : IAsyncDisposable
{
    private readonly HubConnection _connection;

    public ConcurrentDictionary<string, JsonElement> Rows { get; } = new();
    public ConcurrentQueue<JsonElement> Alerts { get; } = new();
    public JsonElement? Stats { get; private set; }
    public int Resyncs => _resyncs;
    private int _resyncs;

    private ScreenProbe(HubConnection connection)
    {
        _connection = connection;
        connection.On<string, JsonElement[]>("ordersChanged", (_, rows) =>
        {
            foreach (var row in rows) Keep(row);
        });
        connection.On<string, JsonElement>("statsChanged", (_, stats) => Stats = stats);
        connection.On<string, JsonElement>("alert", (_, alert) => Alerts.Enqueue(alert));
        connection.On("resync", () => Interlocked.Increment(ref _resyncs));
    }

    public static async Task<ScreenProbe> Connect(ApiFixture fixture, string userName) =>
        await Connect(fixture.Services, () => fixture.TokenFor(userName));

    public static async Task<ScreenProbe> Connect(IServiceProvider dashboard, Func<Task<string>> token)
    {
        var server = (TestServer)dashboard.GetRequiredService<IServer>();
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "/hubs/dispatch"), o =>
            {
                // The test server has no sockets: long polling through its in-memory handler.
                o.Transports = HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                o.AccessTokenProvider = async () => await token();
            })
            .Build();
        await connection.StartAsync();
        return new ScreenProbe(connection);
    }

    public async Task<JsonElement> Watch(string screen)
    {
        var snapshot = await _connection.InvokeAsync<JsonElement>("watch", screen);
        foreach (var row in snapshot.GetProperty("orders").EnumerateArray()) Keep(row);
        if (snapshot.GetProperty("stats").ValueKind == JsonValueKind.Object) Stats = snapshot.GetProperty("stats");
        return snapshot;
    }

    public Task<long> Echo(long value) => _connection.InvokeAsync<long>("echo", value);

    /// <summary>The row as the screen shows it now, or null when it never arrived or was removed.</summary>
    public JsonElement? Row(string orderId) =>
        Rows.TryGetValue(orderId, out var row) && !(row.TryGetProperty("removed", out var r) && r.GetBoolean()) ? row : null;

    public async Task<JsonElement> RowWith(string orderId, Func<JsonElement, bool> condition, string what) =>
        (await Eventually.Get(() => Task.FromResult(Row(orderId)), r => r is { } row && condition(row), what))!.Value;

    private void Keep(JsonElement row)
    {
        var id = row.GetProperty("id").GetString()!;
        var sequence = row.GetProperty("sequence").GetInt64();
        Rows.AddOrUpdate(id, row.Clone(), (_, held) => held.GetProperty("sequence").GetInt64() >= sequence && !IsRemoval(row) ? held : row.Clone());
    }

    private static bool IsRemoval(JsonElement row) => row.TryGetProperty("removed", out var r) && r.GetBoolean();

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
