using Azure;
using Azure.Data.Tables;
using Hotline.Grains.Storage;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;

namespace Hotline.Grains.Departments;

/// <summary>
/// Department ledgers in an Azure table, a partition per department (<c>service~department</c>): one row for the
/// counters, one per counted order (<c>m~order id</c>, the id also in a column). A write is one entity group transaction, conditional on
/// the counters row's ETag, so a second activation of a department cannot count behind the first's back.
/// </summary>
public sealed class AzureTableDepartmentLedger : IDepartmentLedger
{
    public const string DefaultTable = "HotlineDepartments";

    private const string CountsRow = "counts";
    private const string MarkPrefix = "m~";

    private readonly TableClient _table;
    private readonly TableCreation _creation;
    private readonly string _serviceId;

    public AzureTableDepartmentLedger(TableServiceClient service, IOptions<ClusterOptions> cluster)
    {
        _table = service.GetTableClient(DefaultTable);
        _creation = new TableCreation(_table);
        _serviceId = cluster.Value.ServiceId;
    }

    public async Task<LedgerContents?> Load(string department, CancellationToken cancellationToken = default)
    {
        await _creation.Ensure(cancellationToken);
        DepartmentCounts? counts = null;
        var version = "";
        var marks = new Dictionary<string, CountedMark>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(department)}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey == CountsRow)
            {
                counts = new DepartmentCounts(row.GetInt32("Received") ?? 0, row.GetInt32("Completed") ?? 0, row.GetInt32("Returned") ?? 0);
                version = row.ETag.ToString();
            }
            else if (row.RowKey.StartsWith(MarkPrefix, StringComparison.Ordinal) && row.GetString("OrderId") is { } orderId)
            {
                marks[orderId] = new CountedMark(row.GetInt64("Sequence") ?? 0, row.GetDateTimeOffset("At") ?? default);
            }
        }
        // Marks without counters are a move from the old state row that did not finish; it runs again.
        return counts is { } c ? new LedgerContents(c, version, marks) : null;
    }

    public async Task<string?> Write(string department, string? version, LedgerWrite write, CancellationToken cancellationToken = default)
    {
        if (write.Marks.Count > IDepartmentLedger.MaxMarksPerWrite)
            throw new ArgumentException($"At most {IDepartmentLedger.MaxMarksPerWrite} marks per write.", nameof(write));
        if (write.Counts is null && write.Marks.Count == 0) return version;
        await _creation.Ensure(cancellationToken);
        var partition = Partition(department);
        var actions = new List<TableTransactionAction>(write.Marks.Count + 1);
        if (write.Counts is { } counts)
        {
            var row = new TableEntity(partition, CountsRow)
            {
                ["Received"] = counts.Received,
                ["Completed"] = counts.Completed,
                ["Returned"] = counts.Returned,
            };
            actions.Add(version is null
                ? new TableTransactionAction(TableTransactionActionType.Add, row)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, new ETag(version)));
        }
        foreach (var (orderId, mark) in write.Marks)
        {
            var key = MarkPrefix + StateRowKeys.Escape(orderId);
            actions.Add(mark is null
                ? new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, key), ETag.All)
                : new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                    new TableEntity(partition, key) { ["OrderId"] = orderId, ["Sequence"] = mark.Sequence, ["At"] = mark.At }));
        }

        while (true)
        {
            try
            {
                var response = await _table.SubmitTransactionAsync(actions, cancellationToken);
                return write.Counts is null ? version : response.Value[0].Headers.ETag?.ToString();
            }
            catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex is { } i && i < actions.Count
                                                              && actions[i].ActionType == TableTransactionActionType.Delete && e.Status == 404)
            {
                // Forgetting a mark that is not there already holds; the rest still has to commit.
                actions.RemoveAt(i);
                if (actions.Count == 0) return version;
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 && write.Counts is not null
                                                              && e.FailedTransactionActionIndex is null or 0)
            {
                throw new InconsistentStateException($"Department {department}'s counters changed meanwhile.", "", version ?? "");
            }
        }
    }

    private string Partition(string department) => $"{StateRowKeys.Escape(_serviceId)}~{StateRowKeys.Escape(department)}";
}
