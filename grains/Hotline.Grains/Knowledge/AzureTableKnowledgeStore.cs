using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Hotline.Grains.Knowledge;

/// <summary>
/// Knowledge rows in table HotlineKnowledge (one partition, row key = entry id) and a change feed in
/// HotlineKnowledgeChanges whose row keys sort by time, so a silo reads only what changed since its cursor.
/// </summary>
public sealed class AzureTableKnowledgeStore(TableServiceClient service, TimeProvider time, IOptions<ClusterOptions> cluster) : IKnowledgeStore
{
    // One service's rows per partition: test clusters and side-by-side deployments share the tables, not the entries.
    private readonly string _partition = cluster.Value.ServiceId;
    private readonly string _changePartition = cluster.Value.ServiceId;
    private readonly TableClient _rows = service.GetTableClient("HotlineKnowledge");
    private readonly TableClient _changes = service.GetTableClient("HotlineKnowledgeChanges");
    private const int ListScanLimit = 2000;
    private Task? _created;

    public async Task Save(KnowledgeRow row, CancellationToken cancellationToken = default)
    {
        await EnsureTables(cancellationToken);
        await _rows.UpsertEntityAsync(ToEntity(row), TableUpdateMode.Replace, cancellationToken);
        // Ticks then id: unique, and ordered by time for the readers' range query.
        var key = $"{time.GetUtcNow().UtcTicks:D19}-{row.Id}";
        await _changes.UpsertEntityAsync(new TableEntity(_changePartition, key) { ["EntryId"] = row.Id }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<KnowledgeRow?> Get(string id, CancellationToken cancellationToken = default)
    {
        await EnsureTables(cancellationToken);
        var response = await _rows.GetEntityIfExistsAsync<TableEntity>(_partition, id, cancellationToken: cancellationToken);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    public async Task Import(IReadOnlyList<KnowledgeRow> rows, CancellationToken cancellationToken = default)
    {
        await EnsureTables(cancellationToken);
        // A transaction holds at most 100 operations of one partition.
        foreach (var chunk in rows.Chunk(100))
            await _rows.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(r))), cancellationToken);
    }

    public async IAsyncEnumerable<KnowledgeRow> Offered([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureTables(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {_partition} and Offered eq true");
        await foreach (var entity in _rows.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
            yield return FromEntity(entity);
    }

    public async Task<(IReadOnlyList<string> Ids, string Cursor)> ChangesSince(string? cursor, CancellationToken cancellationToken = default)
    {
        await EnsureTables(cancellationToken);
        // Without a cursor, start a little in the past: a change written while this silo loaded is not missed.
        cursor ??= $"{time.GetUtcNow().AddMinutes(-1).UtcTicks:D19}";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {_changePartition} and RowKey gt {cursor}");
        var ids = new List<string>();
        var last = cursor;
        await foreach (var entity in _changes.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey", "EntryId"], cancellationToken: cancellationToken))
        {
            ids.Add(entity.GetString("EntryId"));
            last = entity.RowKey;
        }
        return (ids.Distinct().ToArray(), last);
    }

    public async Task<IReadOnlyList<KnowledgeRow>> WithStatus(string status, int take, CancellationToken cancellationToken = default)
    {
        await EnsureTables(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {_partition} and Status eq {status}");
        var rows = new List<KnowledgeRow>();
        // Review queues are short; the published shelf holds tens of thousands: read a bounded window of it.
        await foreach (var entity in _rows.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            rows.Add(FromEntity(entity));
            if (rows.Count >= ListScanLimit) break;
        }
        return rows.OrderByDescending(r => r.UpdatedAt).Take(take).ToArray();
    }

    public async Task<bool> IsEmpty(CancellationToken cancellationToken = default)
    {
        await EnsureTables(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {_partition}");
        await foreach (var _ in _rows.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
            return false;
        return true;
    }

    public async Task PruneChanges(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await EnsureTables(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {_changePartition} and RowKey lt {$"{before.UtcTicks:D19}"}");
        var old = new List<TableEntity>();
        await foreach (var entity in _changes.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
            old.Add(entity);
        foreach (var chunk in old.Chunk(100))
            await _changes.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)), cancellationToken);
    }

    private Task EnsureTables(CancellationToken cancellationToken) =>
        _created ??= Task.WhenAll(_rows.CreateIfNotExistsAsync(cancellationToken), _changes.CreateIfNotExistsAsync(cancellationToken));

    private TableEntity ToEntity(KnowledgeRow row) => new(_partition, row.Id)
    {
        ["Status"] = row.Status,
        ["Urgent"] = row.Urgent,
        ["WorkingQuestion"] = row.WorkingQuestion,
        ["WorkingAuthor"] = row.WorkingAuthor,
        ["Version"] = row.Version,
        ["UpdatedAt"] = row.UpdatedAt,
        ["Changes"] = row.Changes,
        ["Offered"] = row.Offered,
        ["Question"] = row.Question,
        ["Answer"] = row.Answer,
        ["CategoryCode"] = row.CategoryCode,
        ["Departments"] = string.Join(',', row.Departments),
        ["Tags"] = JsonSerializer.Serialize(row.Tags),
        ["ValidFrom"] = row.ValidFrom,
        ["ValidUntil"] = row.ValidUntil,
        ["PublishedVersion"] = row.PublishedVersion,
        ["Hits"] = row.Hits,
        ["Imported"] = row.Imported,
    };

    private static KnowledgeRow FromEntity(TableEntity e) => new()
    {
        Id = e.RowKey,
        Status = e.GetString("Status") ?? "",
        Urgent = e.GetBoolean("Urgent") ?? false,
        WorkingQuestion = e.GetString("WorkingQuestion") ?? "",
        WorkingAuthor = e.GetString("WorkingAuthor") ?? "",
        Version = e.GetInt32("Version") ?? 0,
        UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        Changes = e.GetInt64("Changes") ?? 0,
        Offered = e.GetBoolean("Offered") ?? false,
        Question = e.GetString("Question") ?? "",
        Answer = e.GetString("Answer") ?? "",
        CategoryCode = e.GetString("CategoryCode") ?? "",
        Departments = (e.GetString("Departments") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        Tags = JsonSerializer.Deserialize<string[]>(e.GetString("Tags") ?? "[]") ?? [],
        ValidFrom = e.GetDateTimeOffset("ValidFrom"),
        ValidUntil = e.GetDateTimeOffset("ValidUntil"),
        PublishedVersion = e.GetInt32("PublishedVersion") ?? 0,
        Hits = e.GetInt64("Hits") ?? 0,
        Imported = e.GetBoolean("Imported") ?? false,
    };
}
