using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Hotline.Bench.Board;

/// <summary>
/// A screen as a .NET SignalR client: WebSockets only (what the big screens use), bearer token in
/// the query string, watching "board". Every push lands in the <see cref="BoardRecorder"/>.
/// </summary>
public sealed class BoardWatcher : IAsyncDisposable
{
    public const string HubPath = "/hubs/dispatch";
    public const string Screen = "board";

    private readonly HubConnection _connection;

    private BoardWatcher(HubConnection connection) => _connection = connection;

    public BoardRecorder Recorder { get; } = new();

    public int SnapshotRows { get; private set; }

    /// <param name="rowSeen">Set on the recorder before the snapshot arrives (see <see cref="BoardRecorder.RowSeen"/>).</param>
    public static async Task<BoardWatcher> Connect(Uri baseAddress, string token, CancellationToken cancellationToken, Action<string, long, RowSample?>? rowSeen = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, HubPath), HttpTransportType.WebSockets, o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        var watcher = new BoardWatcher(connection);
        var recorder = watcher.Recorder;
        recorder.RowSeen = rowSeen;
        connection.On<string, JsonElement>("ordersChanged", (_, rows) => recorder.OnOrdersChanged(rows));
        connection.On<string, JsonElement>("statsChanged", (_, stats) => recorder.OnOther("statsChanged", stats));
        connection.On<string, JsonElement>("alert", (_, alert) => recorder.OnOther("alert", alert));
        connection.On<JsonElement>("seatsChanged", seats => recorder.OnOther("seatsChanged", seats));
        connection.On("resync", () => recorder.OnOther("resync", default));
        try
        {
            await connection.StartAsync(cancellationToken);
            var snapshot = await connection.InvokeAsync<JsonElement>("watch", Screen, cancellationToken);
            recorder.OnSnapshot(snapshot);
            watcher.SnapshotRows = snapshot.GetProperty("orders").GetArrayLength();
            return watcher;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The bare round trip: the hub returns its argument, no Orleans, no storage.</summary>
    public Task<long> Echo(long value, CancellationToken cancellationToken) =>
        _connection.InvokeAsync<long>("echo", value, cancellationToken);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
