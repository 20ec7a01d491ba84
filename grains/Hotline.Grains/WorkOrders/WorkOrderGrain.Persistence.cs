using Orleans.Storage;
using Hotline.Contracts.Streams;
using Orleans.Streams;

namespace Hotline.Grains.WorkOrders;

public sealed partial class WorkOrderGrain
{
    /// <summary>
    /// Writes the state, then publishes the new events, updates the index and re-arms the clocks.
    /// If the write fails the in-memory state is restored from storage, so nothing unacknowledged
    /// is kept; an <see cref="InconsistentStateException"/> reaches the caller, which decides again.
    /// </summary>
    private async Task Persist()
    {
        DateTimeOffset? next;
        try
        {
            // The reminder is armed before the write, so the persisted state names the reminder
            // that exists: a crash right after the write can never leave a deadline without one.
            next = NextDeadline();
            await ArmReminder(next);
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }
        await TryPublishPending();
        await UpdateIndex(next);
        ArmTimer(next);
    }

    /// <summary>
    /// The change is already durable: a stream that refuses now must not turn it into an error.
    /// What was not published stays above the outbox mark and goes out with the next change or
    /// activation.
    /// </summary>
    private async Task TryPublishPending()
    {
        try
        {
            await PublishPending();
        }
        catch (Exception e)
        {
            LogPublishFailed(e, Id, state.State.PublishedThrough);
        }
    }

    /// <summary>The outbox: every persisted event above the published mark goes to its streams.</summary>
    private async Task PublishPending()
    {
        var order = Data!;
        var pending = order.Events.Where(e => e.Sequence > state.State.PublishedThrough).ToList();
        if (pending.Count == 0) return;

        var now = time.GetUtcNow();
        var provider = this.GetStreamProvider(StreamNames.Provider);
        var streams = new List<IAsyncStream<OrderEvent>>
        {
            provider.GetStream<OrderEvent>(StreamNames.For(StreamNames.Order, order.Id)),
            provider.GetStream<OrderEvent>(StreamNames.For(StreamNames.Caller, order.Caller.Phone)),
            provider.GetStream<OrderEvent>(StreamNames.For(StreamNames.Board, StreamNames.BoardShard(order.Id))),
        };
        streams.AddRange(OrderSnapshots.AllDepartments(order).Select(d => provider.GetStream<OrderEvent>(StreamNames.For(StreamNames.Department, d))));
        if (order.TaskForce is { } taskForce)
            streams.Add(provider.GetStream<OrderEvent>(StreamNames.For(StreamNames.TaskForce, taskForce)));

        foreach (var e in pending)
        {
            var message = order.ToStreamEvent(e, now);
            // Streams of different consumers are independent; each still sees one order's events in order.
            await Task.WhenAll(streams.Select(s => s.OnNextAsync(message)));
            state.State.PublishedThrough = e.Sequence;
        }
    }

    private async Task UpdateIndex(DateTimeOffset? next)
    {
        var now = time.GetUtcNow();
        try
        {
            await index.Upsert(Data!.ToSummary(now, next));
        }
        catch (Exception e)
        {
            // The order itself is safe in its state; the index row is rewritten at the next change.
            LogIndexFailed(e, Id);
        }
    }

    /// <summary>A grain timer for the next threshold: second precision while the order is active.</summary>
    private void ArmTimer(DateTimeOffset? next)
    {
        _timer?.Dispose();
        _timer = null;
        if (next is not { } due) return;
        var now = time.GetUtcNow();
        var delay = due > now ? due - now : TimeSpan.Zero;
        _timer = this.RegisterGrainTimer(OnClockDue, new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan)
        {
            Interleave = false,
            // An idle order may deactivate; the reminder brings it back for its next threshold.
            KeepAlive = false,
        });
    }

    /// <summary>The durable backstop: rewritten only when the next threshold moves.</summary>
    private async Task ArmReminder(DateTimeOffset? next)
    {
        if (state.State.ReminderDueAt == next) return;
        if (next is null)
        {
            await DropReminder();
            return;
        }
        var now = time.GetUtcNow();
        var delay = next.Value > now ? next.Value - now : TimeSpan.Zero;
        await this.RegisterOrUpdateReminder(ReminderName, delay, clockOptions.Value.ReminderPeriod);
        state.State.ReminderDueAt = next;
    }

    private async Task DropReminder()
    {
        if (await this.GetReminder(ReminderName) is { } reminder) await this.UnregisterReminder(reminder);
        state.State.ReminderDueAt = null;
    }

    private DateTimeOffset? NextDeadline() =>
        Data is null ? null : new Domain.WorkOrders.WorkOrder(Data, planner).NextDeadline;
}
