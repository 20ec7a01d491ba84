using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Hotline.Domain.Duplicates;

namespace Hotline.Grains.Duplicates;

/// <summary>
/// Table HotlinePlaces: partition = topic + map cell (~1 km), row key = inverted receipt ticks + order id, so each
/// covering cell is one partition range read of the newest orders, bounded by the window.
/// </summary>
public sealed class AzureTablePlaceIndex(TableServiceClient service, IOptions<ClusterOptions> cluster) : IPlaceIndex
{
    private readonly TableClient _table = service.GetTableClient("HotlinePlaces");
    private Task? _created;

    public async Task Add(PlaceRow row, CancellationToken cancellationToken = default)
    {
        await (_created ??= _table.CreateIfNotExistsAsync(cancellationToken));
        var entity = new TableEntity(Partition(row.Topic, GeoCells.Key(row.Lat, row.Lon)), $"{Inverted(row.ReceivedAt)}-{row.OrderId}")
        {
            ["OrderId"] = row.OrderId,
            ["Topic"] = row.Topic,
            ["CategoryCode"] = row.CategoryCode,
            ["Lat"] = row.Lat,
            ["Lon"] = row.Lon,
            ["ReceivedAt"] = row.ReceivedAt,
            ["CallerPhone"] = row.CallerPhone,
            ["Title"] = row.Title,
            ["Content"] = row.Content,
            ["Address"] = row.Address,
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<PlaceRow>> Near(string topic, double lat, double lon, double radiusMeters, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await (_created ??= _table.CreateIfNotExistsAsync(cancellationToken));
        var upTo = $"{Inverted(since)}~";
        var reads = GeoCells.Cover(lat, lon, radiusMeters).Select(async cell =>
        {
            var rows = new List<PlaceRow>();
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(topic, cell)} and RowKey le {upTo}");
            await foreach (var e in _table.QueryAsync<TableEntity>(filter, maxPerPage: 200, cancellationToken: cancellationToken))
            {
                rows.Add(new PlaceRow(e.GetString("OrderId"), e.GetString("Topic"), e.GetString("CategoryCode") ?? "",
                    e.GetDouble("Lat") ?? 0, e.GetDouble("Lon") ?? 0, e.GetDateTimeOffset("ReceivedAt") ?? since,
                    e.GetString("CallerPhone") ?? "", e.GetString("Title") ?? "", e.GetString("Content") ?? "", e.GetString("Address") ?? ""));
                if (rows.Count >= 200) break;
            }
            return rows;
        });
        return (await Task.WhenAll(reads)).SelectMany(r => r).ToArray();
    }

    private string Partition(string topic, string cell) => $"{cluster.Value.ServiceId}|{topic}|{cell}";

    private static string Inverted(DateTimeOffset at) => $"{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}";
}
