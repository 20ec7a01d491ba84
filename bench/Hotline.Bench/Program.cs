using Azure.Data.Tables;
using Hotline.Bench;
using Hotline.Contracts.Orders;
using Hotline.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Usage: dotnet bench/Hotline.Bench/bin/Release/net10.0/Hotline.Bench.dll [orders=200] [concurrency=8]
// Needs Azurite on 127.0.0.1:10000-10002 (bench/run.sh starts one).
var orders = args.Length > 0 ? int.Parse(args[0]) : 200;
var concurrency = args.Length > 1 ? int.Parse(args[1]) : 8;
const string connection = "UseDevelopmentStorage=true";
var serviceId = $"bench-{Guid.NewGuid():N}"[..30];

var options = new HotlineOptions
{
    Storage = StorageMode.AzureTables, ConnectionString = connection, ServiceId = serviceId, ClusterId = serviceId,
    SiloPort = 11211, GatewayPort = 30100,
};
var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.UseOrleans(silo => silo.UseHotlineClustering(options).AddHotline(options));
using var host = builder.Build();
await host.StartAsync();
var grains = host.Services.GetRequiredService<IGrainFactory>();

// Baseline 1: a raw Azure.Data.Tables upsert of an entity the size of an order's state.
var table = new TableServiceClient(connection).GetTableClient("BenchBaseline");
await table.CreateIfNotExistsAsync();
var payload = new string('x', 6_000);
var rawUpsert = await Measurement.Run("raw Azurite upsert (6 KB)", orders, concurrency,
    i => table.UpsertEntityAsync(new TableEntity(serviceId, $"row-{i}") { ["Data"] = payload }));

// The system: intake, then dispatch → accept → reply, each a persisted, published, indexed transition.
string Id(int i) => $"BENCH-{serviceId[6..14]}-{i:D5}";
var create = await Measurement.Run("create order", orders, concurrency, async i =>
{
    var result = await grains.GetGrain<IWorkOrderGrain>(Id(i)).CreateFresh(new CreateOrder("bench", "热线电话",
        new CallerInfoDto($"1380000{i % 10_000:D4}", "压测", "citizen"), "141102", "离石区", null, null, "供热", "暖气不热", "压测工单", "normal", null));
    if (result.Error is not null) throw new InvalidOperationException(result.Error.Message);
});
var transitions = await Measurement.Run("transition (dispatch/accept/reply)", orders * 3, concurrency, async n =>
{
    var grain = grains.GetGrain<IWorkOrderGrain>(Id(n % orders));
    var result = (n / orders) switch
    {
        0 => await grain.Dispatch(new DispatchOrder("bench", "RL-LS", [])),
        1 => await grain.Accept(new AcceptOrder("bench", "RL-LS")),
        _ => await grain.Reply(new ReplyOrder("bench", "RL-LS", "已处理", [], false)),
    };
    if (result.Error is not null) throw new InvalidOperationException(result.Error.Message);
});

// Baseline 2: a raw grain call to an active order (no storage).
var ping = await Measurement.Run("raw grain call (Get)", orders * 3, concurrency, i => grains.GetGrain<IWorkOrderGrain>(Id(i % orders)).Get());

Console.WriteLine($"Hotline bench: {orders} orders, concurrency {concurrency}, Azurite, one silo");
Console.WriteLine($"{"operation",-36} {"count",6} {"per s",9} {"p50 ms",8} {"p99 ms",8}");
foreach (var m in new[] { ping, rawUpsert, create, transitions })
    Console.WriteLine($"{m.Name,-36} {m.Count,6} {m.PerSecond,9:F0} {m.P50,8:F2} {m.P99,8:F2}");
Console.WriteLine();
Console.WriteLine($"transition throughput / raw upsert throughput: {transitions.PerSecond / rawUpsert.PerSecond:F2}");
Console.WriteLine($"transition p50 / raw upsert p50:             {transitions.P50 / rawUpsert.P50:F2}");
Console.WriteLine($"transition p50 / raw grain call p50:         {transitions.P50 / ping.P50:F1}");
await host.StopAsync();
