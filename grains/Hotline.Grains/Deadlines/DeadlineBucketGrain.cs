using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Orleans.Configuration;

namespace Hotline.Grains.Deadlines;

/// <summary>
/// PROTOTYPE of a sharded deadline index (see <see cref="IDeadlineBucketGrain"/>), measured by
/// bench/all.sh against one reminder per order; nothing on the default clock path calls it.
/// Deadlines are rows of one partition per bucket in HotlineDeadlines, written in entity-group
/// batches of up to 100 (adds arriving during a write join the next batch), so N deadlines cost
/// about N / 100 storage requests and one reminder per bucket instead of N reminder rows.
/// The reminder brings the bucket back after a crash; while active a grain timer wakes each
/// deadline at its instant. In-memory silos (no TableServiceClient) keep entries in memory only.
/// KNOWN DEFECT (bench/all.sh, 100,000 entries): wakes arrived ~60 s late, i.e. at the bucket
/// reminder's second tick rather than from the grain timer; not yet investigated.
/// </summary>
[Reentrant]
public sealed class DeadlineBucketGrain(IServiceProvider services, IOptions<ClusterOptions> cluster, TimeProvider time)
    : Grain, IDeadlineBucketGrain, IRemindable
{
    public const string TableName = "HotlineDeadlines";
    private const int BatchSize = 100;
    private const int WakeChunk = 1_000;
    private const string ReminderName = "bucket";

    private readonly SortedSet<(DateTimeOffset Due, string Target)> _entries = [];
    private readonly List<(string Target, DateTimeOffset Due, TaskCompletionSource Done)> _pending = [];
    private Task? _flushing;
    private TableClient? _table;
    private bool _reminded;
    private IGrainTimer? _timer;

    private string Partition => $"{cluster.Value.ServiceId}:{this.GetPrimaryKeyString()}";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _table = services.GetService<TableServiceClient>()?.GetTableClient(TableName);
        if (_table is null) return;
        await _table.CreateIfNotExistsAsync(cancellationToken);
        var partition = Partition;
        await foreach (var row in _table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
            if (row.GetDateTimeOffset("Due") is { } due) _entries.Add((due, row.RowKey));
        _reminded = _entries.Count > 0;
        ArmTimer();
    }

    public async Task Add(string target, DateTimeOffset dueAt)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending.Add((target, dueAt, done));
        _flushing ??= Flush();
        await done.Task;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ArmTimer();
        return Task.CompletedTask;
    }

    private async Task Flush()
    {
        try
        {
            await Task.Yield();
            while (_pending.Count > 0)
            {
                var batch = _pending.Take(BatchSize).ToList();
                _pending.RemoveRange(0, batch.Count);
                try
                {
                    if (!_reminded)
                    {
                        var delay = DeadlineBuckets.StartOf(this.GetPrimaryKeyString()) - time.GetUtcNow();
                        await this.RegisterOrUpdateReminder(ReminderName, delay > TimeSpan.Zero ? delay : TimeSpan.Zero, DeadlineBuckets.Width);
                        _reminded = true;
                    }
                    var rows = batch.GroupBy(b => b.Target, StringComparer.Ordinal).Select(g => g.Last()).ToList();
                    if (_table is not null)
                        await _table.SubmitTransactionAsync(rows.Select(b => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                            new TableEntity(Partition, b.Target) { ["Due"] = b.Due })));
                    foreach (var b in rows) _entries.Add((b.Due, b.Target));
                    foreach (var b in batch) b.Done.TrySetResult();
                }
                catch (Exception e)
                {
                    foreach (var b in batch) b.Done.TrySetException(e);
                }
            }
        }
        finally
        {
            _flushing = null;
        }
        ArmTimer();
    }

    private void ArmTimer()
    {
        _timer?.Dispose();
        _timer = null;
        if (_entries.Count == 0) return;
        var delay = _entries.Min.Due - time.GetUtcNow();
        _timer = this.RegisterGrainTimer(Wake, new GrainTimerCreationOptions(delay > TimeSpan.Zero ? delay : TimeSpan.Zero, Timeout.InfiniteTimeSpan)
        {
            Interleave = true,
            KeepAlive = true,
        });
    }

    /// <summary>Wakes everything due, forgets it (rows deleted in batches), and re-arms; an empty bucket drops its reminder.</summary>
    private async Task Wake(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = _entries.TakeWhile(e => e.Due <= now).ToList();
        foreach (var e in due) _entries.Remove(e);
        ArmTimer();
        foreach (var chunk in due.Chunk(WakeChunk))
            await Task.WhenAll(chunk.Select(e => GrainFactory.GetGrain<IDeadlineWake>(e.Target).Due(e.Due)));
        if (_table is not null)
            foreach (var chunk in due.Chunk(BatchSize))
                await _table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Delete,
                    new TableEntity(Partition, e.Target), ETag.All)));
        if (_entries.Count == 0 && _pending.Count == 0 && _reminded && await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
            _reminded = false;
            DeactivateOnIdle();
        }
    }
}
