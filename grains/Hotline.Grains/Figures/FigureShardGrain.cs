using Hotline.Contracts.Figures;
using Hotline.Contracts.Streams;
using Hotline.Domain.Calendar;
using Hotline.Domain.Figures;
using Hotline.Grains.Storage;
using Hotline.Grains.Streams;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Figures;

/// <summary>
/// One shard of the monthly figures, fed by its board shard stream (key "0".."7"): every order event
/// reaches exactly one shard, so the city's counting is spread over 8 grains. The book is kept in
/// persistent state but written on a timer (every few seconds while something changed, and on
/// deactivation), never per event; a crash loses at most that interval, which the order streams'
/// at-least-once redelivery of unacknowledged events does not undo (the book drops repeats).
/// </summary>
[ImplicitStreamSubscription(StreamNames.Board)]
public sealed partial class FigureShardGrain(
    [PersistentState("figures", StorageNames.State)] IPersistentState<FigureBook> state,
    WorkingCalendar calendar,
    ILogger<FigureShardGrain> logger) : Grain, IFigureShardGrain
{
    /// <summary>How long counted events may wait before the book is written.</summary>
    public static readonly TimeSpan WriteInterval = TimeSpan.FromSeconds(5);

    /// <summary>Months kept in state; older ones are dropped so the row stays well under the table's entity size.</summary>
    public const int MonthsKept = 13;

    private bool _dirty;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(WriteIfDirty, new GrainTimerCreationOptions(WriteInterval, WriteInterval)
        {
            // Writes must not interleave with event handling: the book is one object.
            Interleave = false,
            KeepAlive = false,
        });
        await OwnStream.Subscribe(this, StreamNames.Board, OnEvent);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await WriteIfDirty(cancellationToken);
    }

    public Task<IReadOnlyList<FigureRowData>> Month(string month)
    {
        IReadOnlyList<FigureRowData> rows = state.State.MonthOf(month)
            .Select(x =>
            {
                var (dimension, key) = FigureBook.ParseRowKey(x.Key);
                return new FigureRowData(dimension, key, null, x.Value.ToCounts(), null);
            })
            .ToArray();
        return Task.FromResult(rows);
    }

    private Task OnEvent(OrderEvent e)
    {
        if (state.State.Apply(e.ToFigureEvent(), calendar.TimeZone)) _dirty = true;
        return Task.CompletedTask;
    }

    private async Task WriteIfDirty(CancellationToken cancellationToken)
    {
        if (!_dirty) return;
        PruneMonths();
        try
        {
            await state.WriteStateAsync(cancellationToken);
            _dirty = false;
        }
        catch (Exception e)
        {
            // Kept dirty: the next tick tries again with everything counted since.
            LogWriteFailed(e, this.GetPrimaryKeyString());
        }
    }

    private void PruneMonths()
    {
        var months = state.State.Months;
        if (months.Count <= MonthsKept) return;
        foreach (var old in months.Keys.Order(StringComparer.Ordinal).Take(months.Count - MonthsKept).ToArray())
            months.Remove(old);
    }
}
