using Azure.Data.Tables;
using Hotline.Domain;
using Hotline.Domain.Reviews;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Hotline.Grains.Reviews;

/// <summary>
/// Review rules in table HotlineReviewRules: one partition per service, row key = rule id, the rule as JSON
/// beside a few plain columns (name, status) for people looking at the table.
/// </summary>
public sealed class AzureTableReviewRuleStore(TableServiceClient service, IOptions<ClusterOptions> cluster) : IReviewRuleStore
{
    private readonly string _partition = cluster.Value.ServiceId;
    private readonly TableClient _rows = service.GetTableClient("HotlineReviewRules");
    private Task? _created;

    public async Task<IReadOnlyList<ReviewRule>> All(CancellationToken cancellationToken = default)
    {
        await EnsureTable(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {_partition}");
        var rules = new List<ReviewRule>();
        await foreach (var entity in _rows.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["Rule"], cancellationToken: cancellationToken))
            rules.Add(ReviewRuleJson.Read(entity.GetString("Rule")));
        return rules;
    }

    public async Task<ReviewRule?> Get(string id, CancellationToken cancellationToken = default)
    {
        await EnsureTable(cancellationToken);
        var response = await _rows.GetEntityIfExistsAsync<TableEntity>(_partition, id, cancellationToken: cancellationToken);
        return response.HasValue ? ReviewRuleJson.Read(response.Value!.GetString("Rule")) : null;
    }

    public async Task Save(ReviewRule rule, CancellationToken cancellationToken = default)
    {
        await EnsureTable(cancellationToken);
        await _rows.UpsertEntityAsync(ToEntity(rule), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task Import(IReadOnlyList<ReviewRule> rules, CancellationToken cancellationToken = default)
    {
        await EnsureTable(cancellationToken);
        // A transaction holds at most 100 operations of one partition.
        foreach (var chunk in rules.Chunk(100))
            await _rows.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(r))), cancellationToken);
    }

    private Task EnsureTable(CancellationToken cancellationToken) => _created ??= _rows.CreateIfNotExistsAsync(cancellationToken);

    private TableEntity ToEntity(ReviewRule rule) => new(_partition, rule.Id)
    {
        ["Name"] = rule.Name,
        ["Status"] = Codes.Of(rule.Status),
        ["Version"] = rule.Version,
        ["Rule"] = ReviewRuleJson.Write(rule),
    };
}
