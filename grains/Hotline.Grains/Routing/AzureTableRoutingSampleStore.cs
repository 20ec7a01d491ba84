using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Hotline.Contracts;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Hotline.Intelligence.Routing;

namespace Hotline.Grains.Routing;

/// <summary>Samples in table HotlineRoutingSamples, spread over 16 partitions by order id so imports batch.</summary>
public sealed class AzureTableRoutingSampleStore(TableServiceClient service, IOptions<ClusterOptions> cluster) : IRoutingSampleStore
{
    private readonly TableClient _table = service.GetTableClient("HotlineRoutingSamples");
    private readonly string _service = cluster.Value.ServiceId;
    private Task? _created;

    public async Task Add(string orderId, RoutingSample sample, CancellationToken cancellationToken = default)
    {
        await EnsureTable(cancellationToken);
        await _table.UpsertEntityAsync(ToEntity(orderId, sample), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task Import(IReadOnlyList<(string OrderId, RoutingSample Sample)> samples, CancellationToken cancellationToken = default)
    {
        await EnsureTable(cancellationToken);
        foreach (var partition in samples.GroupBy(s => Partition(s.OrderId)))
        foreach (var chunk in partition.Chunk(100))
            await _table.SubmitTransactionAsync(chunk.Select(s => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(s.OrderId, s.Sample))), cancellationToken);
    }

    public async IAsyncEnumerable<(string OrderId, RoutingSample Sample)> All([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureTable(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {_service} and PartitionKey lt {_service + "~"}");
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
            yield return (e.RowKey, new RoutingSample(e.GetString("Title") ?? "", e.GetString("Content") ?? "",
                e.GetString("CategoryCode") ?? "", e.GetString("DistrictCode") ?? "", e.GetString("Label") ?? ""));
    }

    public async Task<bool> IsEmpty(CancellationToken cancellationToken = default)
    {
        await EnsureTable(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {_service} and PartitionKey lt {_service + "~"}");
        await foreach (var _ in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
            return false;
        return true;
    }

    private Task EnsureTable(CancellationToken cancellationToken) => _created ??= _table.CreateIfNotExistsAsync(cancellationToken);

    private string Partition(string orderId) => $"{_service}|{Fnv1a.Of(orderId) % 16:D2}";

    private TableEntity ToEntity(string orderId, RoutingSample s) => new(Partition(orderId), orderId)
    {
        ["Title"] = s.Title,
        ["Content"] = s.Content,
        ["CategoryCode"] = s.CategoryCode,
        ["DistrictCode"] = s.DistrictCode,
        ["Label"] = s.Label,
    };
}
