using Azure;
using Azure.Data.Tables;

namespace Hotline.Grains.Storage;

/// <summary>
/// What a change asks of its row: create it, replace the version read, delete that version, or write
/// it whatever is there (reminder rows: Orleans' reminder service keeps the last registration).
/// </summary>
public enum StateWriteKind
{
    Insert,
    Replace,
    Delete,
    Upsert,
}

/// <summary>One grain's pending change to its row, and the task its grain awaits: the row's new ETag once committed.</summary>
public sealed class StateWrite(StateWriteKind kind, TableEntity row, ETag expected)
{
    // The grain's continuation must not run on the thread that commits the next batch.
    private readonly TaskCompletionSource<ETag> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public StateWriteKind Kind { get; } = kind;

    public TableEntity Row { get; } = row;

    public ETag Expected { get; } = expected;

    public Task<ETag> Done => _done.Task;

    public TableTransactionAction Action() => Kind switch
    {
        StateWriteKind.Insert => new TableTransactionAction(TableTransactionActionType.Add, Row),
        StateWriteKind.Replace => new TableTransactionAction(TableTransactionActionType.UpdateReplace, Row, Expected),
        StateWriteKind.Upsert => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Row),
        _ => new TableTransactionAction(TableTransactionActionType.Delete, Row, Expected),
    };

    public void Succeed(ETag etag) => _done.TrySetResult(etag);

    public void Fail(Exception error) => _done.TrySetException(error);
}
