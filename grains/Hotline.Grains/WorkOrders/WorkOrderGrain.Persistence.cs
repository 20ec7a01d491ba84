using Orleans.Storage;
using Hotline.Contracts.Streams;
using Hotline.Grains.Streams;

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
            await WriteState();
        }
        catch
        {
            await ReadState();
            throw;
        }
        await TryPublishPending();
        await UpdateIndex(next);
        ArmTimer(next);
    }

    /// <summary>The outbox mark as storage has it: the mark moves after the write that carried the events.</summary>
    private long _storedPublishedThrough;

    private async Task WriteState()
    {
        await state.WriteStateAsync();
        _storedPublishedThrough = state.State.PublishedThrough;
    }

    private async Task ReadState()
    {
        await state.ReadStateAsync();
        _storedPublishedThrough = state.State.PublishedThrough;
    }

    /// <summary>
    /// The outbox mark is stored with the next change, so an order leaving memory before one would publish
    /// its last change again when next activated (its reminder waking it, say): every idle open order would.
    /// Storing the mark on the way out ends that for every graceful deactivation; after a crash the last
    /// change still goes out again, and consumers drop it by sequence. A failed write only costs that repeat.
    /// </summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (Data is null || state.State.PublishedThrough <= _storedPublishedThrough) return;
        try
        {
            await WriteState();
        }
        catch (Exception e)
        {
            LogOutboxMarkNotStored(e, Id, state.State.PublishedThrough);
        }
    }

    /// <summary>
    /// The change is already durable: a stream that refuses now (a full memory queue under a burst)
    /// must not turn it into an error. What was not published stays above the outbox mark and goes
    /// out on a retry timer, with the next change or on the next activation, whichever comes first;
    /// the timer keeps the order active until then, so a last event (a breach, a close) is not left
    /// waiting for a change that never comes.
    /// </summary>
    private async Task TryPublishPending()
    {
        try
        {
            await PublishPending();
            _publishRetry?.Dispose();
            _publishRetry = null;
            _publishBackoff = TimeSpan.Zero;
        }
        catch (Exception e)
        {
            LogPublishFailed(e, Id, state.State.PublishedThrough);
            SchedulePublishRetry();
        }
    }

    private void SchedulePublishRetry()
    {
        _publishRetry?.Dispose();
        _publishBackoff = _publishBackoff == TimeSpan.Zero ? PublishRetryFirst : TimeSpan.FromTicks(Math.Min(_publishBackoff.Ticks * 2, PublishRetryMax.Ticks));
        _publishRetry = this.RegisterGrainTimer(_ => TryPublishPending(), new GrainTimerCreationOptions(_publishBackoff, Timeout.InfiniteTimeSpan)
        {
            Interleave = false,
            KeepAlive = true,
        });
    }

    /// <summary>
    /// The outbox: every persisted event above the published mark goes to its streams, through the
    /// silo's publisher, which batches them with other orders' events for the same stream.
    /// </summary>
    private async Task PublishPending()
    {
        var order = Data!;
        var pending = order.Events.Where(e => e.Sequence > state.State.PublishedThrough).ToList();
        if (pending.Count == 0) return;

        var now = time.GetUtcNow();
        // The board shard also feeds the caller grains (CallerFeedGrain) and the figures.
        var streams = new List<StreamId> { StreamNames.For(StreamNames.Board, StreamNames.BoardShard(order.Id)) };
        streams.AddRange(OrderSnapshots.AllDepartments(order).Select(d => StreamNames.For(StreamNames.Department, d)));
        if (order.TaskForce is { } taskForce)
            streams.Add(StreamNames.For(StreamNames.TaskForce, taskForce));

        // Streams of different consumers are independent; each still sees one order's events in order.
        await publisher.Publish(streams, pending.Select(e => order.ToStreamEvent(e, now)).ToArray());
        state.State.PublishedThrough = pending[^1].Sequence;
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

    /// <summary>
    /// A grain timer for the next threshold: second precision while the order is active. One timer per
    /// activation, moved with each transition rather than replaced: a new timer is a dozen objects (the
    /// timer, its callback, a runtime timer, cancellation sources) that outlive a young collection,
    /// and at a thousand transitions a second those were a tenth of what each collection had to copy.
    /// </summary>
    private void ArmTimer(DateTimeOffset? next)
    {
        if (next is not { } due)
        {
            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }
        var now = time.GetUtcNow();
        var delay = due > now ? due - now : TimeSpan.Zero;
        if (_timer is not null)
        {
            _timer.Change(delay, Timeout.InfiniteTimeSpan);
            return;
        }
        _timer = this.RegisterGrainTimer(OnClockDue, new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan)
        {
            Interleave = false,
            // An idle order may deactivate; the reminder brings it back for its next threshold.
            KeepAlive = false,
        });
    }

    /// <summary>
    /// The durable backstop, rewritten only when the next threshold moves earlier than the armed
    /// reminder or the armed one has already fired. Most transitions move the next threshold later
    /// (accepting stops the accept clock and starts the reply clock): they keep the armed reminder,
    /// which then fires early, finds nothing due and re-arms for the real next threshold
    /// (<see cref="ReceiveReminder"/>). That keeps the reminder table out of most transitions.
    /// </summary>
    private async Task ArmReminder(DateTimeOffset? next)
    {
        if (next is null)
        {
            if (state.State.ReminderDueAt is not null) await DropReminder();
            return;
        }
        var now = time.GetUtcNow();
        if (state.State.ReminderDueAt is { } armed && armed <= next && armed > now) return;
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
